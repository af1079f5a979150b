# ruff: noqa: E501
"""Seed 002: Staffordshire Children's Trust, Children & Young People's Strategic Action Plan 2011-12.

Text copied from samples/seeds/002-staffordshire-cyp-strategic-action-plan-2011-12.txt. Each
priority outcome is a key/value block: a title row, then label / value rows. A value's paragraphs
are joined with "\\n"; "\u00b7 " bullets of the seed are written "\u2022 ". A label "^" continues the
label above (a vertically merged label cell, as in the Education block).
"""

AUTHORITY = "Staffordshire"
SEED = "002"
TITLE = "Staffordshire Children & Young People\u2019s Strategic Action Plan 2011-12"

FLOW = r"""
TITLE Staffordshire Children & Young People’s Strategic Action Plan 2011-12
H1 Staffordshire’s Vision
Staffordshire has a key principle for services that work for children, young people and their families: they will endeavour to ensure that Staffordshire’s children and young people can get the best start in life and receive a good education so that they can make a positive contribution to their communities.
H1 Our Vision
Staffordshire Children's Trust is a local partnership arrangement committed to working together to improve children's well-being.  Our vision is ‘children, young people and their families experience Staffordshire as a great place in which to live, play, learn and achieve, and they will be supported to be healthy and safe from harm’.
H1 Our Priorities
To ensure our Vision is achieved: local needs; performance information; consultation with the eight District Trust Boards; and the views of children, young people, their families and staff have been used to identify the six key strategic Priority Outcomes for Staffordshire’s children and young people for 2011-12, which are as follows:
@priority Our Priorities
- Sexual health of young people;
- Emotional health and wellbeing of young people;
- Alcohol and substance misuse;
- Reducing harm to young people associated with violence (carried out by young people and those subject to violence (e.g. domestic violence);
- Healthy weights; and
- Education (Including those Not in Education, Employment or Training).
H1 What is the Staffordshire Children & Young People’s Strategic Action Plan 2011-12?
There are already multi-agency partnership groups in place (one for each of the Priority Outcomes), all of which have written and agreed (or are in the process of finalising) their own relevant strategy/action plan which are supported through various consultations processes.
The Staffordshire Children & Young People’s Strategic Action Plan 2011-12 sets out to demonstrate the key aims of these strategies/action plans and how value is added towards achieving them by working in partnership.
H1 Governance
The Children’s Trust Board is the accountable partnership board.  The Board will on many occasions manage the Children & Young People’s Strategic Action Plan 2011-12 via existing multi-agency groups who will continue to monitor delivery of the relevant strategy/action plan and report on progress/issues to the Children’s Trust Executive by exception (and the Children’s Trust Board if unresolved at the Executive) unless requested otherwise.
District partnerships will interpret the Staffordshire Children & Young People’s Strategic Action Plan 2011-12 to reflect the needs of local children, young people and families and determine their own actions that are required.
H1 How Will We Achieve Our Strategic Priority Outcomes?
The following information provides an outline of the six key strategic Priority Outcomes.
The Staffordshire Childhood Poverty Strategy cross-cuts each of the Key Priority Outcome strategies and as such be an influencing factor on all actions/decisions taken by the six multi agency groups.
For a more comprehensive detailed read please refer to the respective strategy.
[[kv_0]]
[[kv_1]]
[[kv_2]]
[[kv_3]]
[[kv_4]]
[[kv_5]]
[[kv_6]]
( All of the preceding key strategic priority outcomes will support the achievement of the ‘Not in Education, Employment or Training’ agenda.
If you would like this information in large print, Braille, audio tape/disc, British Sign Language or any other language, please contact the Staffordshire Children’s Trust on:
Tel: 01785 27 7300
Email: staffordshirechildrenstrust@staffordshire.gov.uk
This document is available to download at: http://www.staffordshirechildrenstrust.org.uk/CYPP

"""

KV_BLOCKS = [
    {
        "title": "Childhood Poverty Strategy",
        "rows": [
            [
                "Strategy",
                "Breaking the Cycle of Poverty in Staffordshire\nhttp://www.staffordshirechildrenstrust.org.uk/NR/rdonlyres/9CEC43D7-30AF-4EA3-BA39-27E0944FA8FA/161509/CPSFinalVersionJuly2011.pdf",
            ],
            [
                "Delivery Lead",
                "Charlotte Bailey, Families First Targeted Services,\nStaffordshire County Council\nTel: 01785 27 7128\nEmail: charlotte.bailey@staffordshire.gov.uk",
            ],
            [
                "Overall Aim / Outcome",
                "• Staffordshire focuses on tackling poverty in general. Child well-being is predominately influenced by family well-being. Therefore the focus should be on tackling family poverty.\n• Staffordshire does not tackle poverty as a separate issue; however it is integral and embedded in all our key strategies such as the Sustainable Community Strategy and Strategic Plan. http://www.staffordshirepartnership.org.uk/scs/\n• Poverty to be recognised as a cross-cutting issue and is jointly owned by all members of the Senior Leadership Team with the Director of People taking the overall lead.\n• Commissioning decisions should be informed by evidence contained within the Child Poverty Needs Assessment and other supporting evidence.",
            ],
            [
                "Why do we need the strategy?",
                "• The Child Poverty Act became statute in March 2010 and every Local Authority is expected to write and publish a strategy with a supporting needs analysis.\n• The Child Poverty Needs Assessment can be found at: http://www.staffordshireobservatory.org.uk/IAS/explorer/resources/",
            ],
            [
                "How will ‘working in partnership’ add value to achieving the strategy’s key aim and objectives?",
                "• Child poverty is everyone's business and as such to have significant impact on the life chances of children, young people and families living in Staffordshire this strategy has many cross-cutting themes e.g. education, health and family, adult skills and employment, housing neighbourhoods and communities, and financial support and household income. These 4 themes provide and encourages all partners to commit to the principles of the strategy and address their business priorities accordingly.",
            ],
        ],
    },
    {
        "title": "Sexual Health of Young People",
        "rows": [
            [
                "Strategy",
                "Staffordshire Teenage Pregnancy Strategy 2010-13 http://www.staffordshirechildrenstrust.org.uk/StrategiesFrameworks/",
            ],
            [
                "Delivery Lead",
                "Jacqueline Small, Head of Health Improvement,\nStaffordshire Public Health Team.\nTel: 0845 602 6772  (ext 1584)\nEmail: Jacqueline.Small@northstaffordshire.nhs.uk",
            ],
            [
                "Overall Aim / Outcome",
                "• To establish a downward trend in the under 18 conception rate and achieve positive outcomes for teenage parents.\n• To be expanded to include sexual health and emotional wellbeing along the lifecourse – teenage years to early adulthood.",
            ],
            [
                "Why do we need the strategy?",
                "• Teenage Pregnancy creates one of the most perpetual cycles of disadvantage.  Due to the complexities of the cause and effect of teenage pregnancy, it also poses one of the most significant challenges to organisations tasked with reducing the under 18 conception rate and supporting teenage parents.\n• An upward trend in under 18 conception rates began in 2004 continuing through to 2007.  This presented a significant challenge for Staffordshire to achieve a 50% reduction and indeed, as with the national strategy (SEU 1999), Staffordshire is not likely to achieve this.\n• Staffordshire has seen a reduction in the rate from 2007 (42) to 2008 (39.7).  However, apart from one other local authority area, Staffordshire is the worst performing area in the West Midlands with regard to percentage change in rate (-8.1%) from the 1998 baseline (43.2).  Further work will take place during 2011 to broaden our approach to one that supports young people as they move through their teenage years and make the transition into adulthood; to strengthen their ability to take control of their lives, within clear boundaries, and help reduce their susceptibility to harmful influence. Easy access to young people friendly services will form part of our approach.",
            ],
            [
                "How will ‘working in partnership’ add value to achieving the strategy’s key aim and objectives?",
                "• We will continue to work in partnership to reduce the incidence of teenage pregnancy. Each organisation has a key contribution to make towards tackling teenage pregnancy and/or supporting teenage parents and prioritise the achievement of outcomes of the young people particularly vulnerable to teenage pregnancy.\n• Partners play their part and recognise and take action when issues and problems are identified and ensure that activity and service development is in response to young people’s needs. The Teenage Pregnancy Strategy will be refreshed to ensure alignment with key sexual health and teenage pregnancy documents linked to the Public Health White Paper due to be published (Spring 2011).",
            ],
        ],
    },
    {
        "title": "Emotional Health and Wellbeing of Young People",
        "rows": [
            [
                "Strategy",
                "County Commissioner for Mental Health is currently working with colleagues to set out a detailed analysis of need to support the development of a new Mental Health Strategy that will cut across all ages, with the agreement and support of the local authority and both Primary Care Trusts, this will be ready for consultation by April 2011 and will detail key priorities and actions for the next four years.",
            ],
            [
                "Delivery Lead",
                "Dawn Williams, County Commissioner for Mental Health,\nStaffordshire County Council.\nTel: 01785 277079\nEmail: dawn.williams@staffordshire.gov.uk",
            ],
            [
                "Overall Aim / Outcome",
                "• The strategy will set out the direction of travel for mental health reflecting a shift from treatment to health promotion, wellbeing, prevention, early intervention and recovery – in order to minimise the long term effect of mental ill health.",
            ],
            [
                "Why do we need the strategy?",
                "• To ensure that children and young people have access to the right level of information or intervention to meet their needs.\n• Children and families are the key to wellbeing and early intervention in order to improve the longer term health and well being of the population.",
            ],
            [
                "How will ‘working in partnership’ add value to achieving the strategy’s key aim and objectives?",
                "• Effective needs analysis will support the strategy development - partnership planning and management will be key to driving a shift in focus from treatment to information, early intervention and recovery.\n• Creating ownership and responsibility for mental health and well being cuts across a range of strategies - making a difference and bringing about positive change will require cross-departmental and organisational working with a range of agencies.\n• There will also need to be a commitment to strengthening partnership arrangements between adult and children’s services to ensure smooth transition and provision of services developed to meet need.",
            ],
        ],
    },
    {
        "title": "Alcohol and Substance Misuse",
        "rows": [
            [
                "Strategy",
                "Staffordshire Alcohol & Drugs Strategy 2010-2015 &\nYoung People’s Substance Misuse Needs Assessment and Treatment Plan 2011/12\nhttp://www.staffordshire.gov.uk/health/substancemisuse",
            ],
            [
                "Delivery Lead",
                "Pat Merrick, County Commissioner - Substance Misuse\nStaffordshire County Council\nTel: 01785 358608\nEmail: pat.merrick@staffordshire.gov.uk",
            ],
            [
                "Overall Aim / Outcome",
                "• The strategy sets out the purposes and principles in relation to the commissioning of alcohol and drug services across Staffordshire. The overall direction and purpose of the Strategy is to ensure that interventions by partners minimise the harm caused to individuals, their families and the wider community.",
            ],
            [
                "Why do we need the strategy?",
                "• Among young people, excessive drinking is associated with a range of problems, including anti-social behaviour, accidents, physical and mental health problems, youth offending, teenage pregnancy and poor school performance.\n• During 2009 just over 1,600 children aged between 11 and 15 years from schools across Staffordshire took part in a survey, designed to understand the drinking habits of young people across the county.  In total, quarter (24.7%) of respondents said that they had consumed alcohol in the last seven days.  Almost a third of those who had drank during the last 7 days obtained the alcohol from parents or carers, and a quarter received the alcohol from friends.  Just one in five bought the alcohol from a shop, which reinforces local intelligence, that proxy sales and receiving alcohol from adults is more of a problem than underage sales across the county.\n• The average age of young people in treatment is 15, with two-thirds aged between 14 and 16 years.  Just over 6% were also receiving mental health treatment and 12% were in contact with the Youth Offending Service a slight increase from 11% during the previous year.  The most common presenting primary drug use for young people during 2008/09 was cannabis (38%).\n• The range of substances misused by young people in the county ranges from Class A illegal drugs through the legally available (to adults) solvents and alcohol.  In line with national trends identified by the National Treatment Agency in June 2009, the most commonly used substances amongst young people in Staffordshire are alcohol and cannabis.  Service providers working with young people confirm that these two substances still remain the most commonly used although there has been a significant drop in cannabis but an increase in alcohol use.  There has also been an increase in the level of cocaine and solvent use amongst young people although numbers are still quite low.\n• Anecdotal evidence suggests that 2010 has seen a marked increase in the number of young people’s use of legal highs, although there is no reliable data to support this.",
            ],
            [
                "How will ‘working in partnership’ add value to achieving the strategy’s key aim and objectives?",
                "• Sound strategic partnership planning and management will be key to delivering improvements and providing quality services to young people, vulnerable adults and families living with substance misuse problems. Making a difference and bringing about positive change will require cross-departmental working with a range of agencies including, Health, the Police, Probation, the third sector and the business sector. It will also require commitment to strengthening partnership arrangements between adult and children’s services to ensure agencies are working together to reduce the risk of harm to children, young people and families affected by substance misuse.",
            ],
        ],
    },
    {
        "title": "Reducing Harm to Young People Associated with Violence (carried out by young people) and those subject to violence (e.g. domestic violence)",
        "rows": [
            [
                "Strategy",
                "Violence Reduction Action Plan*\n*not a publicly facing document but it is led by a multi agency partnership group",
            ],
            [
                "Delivery Lead",
                "Superintendent Adrian Bloor, Head of Police Criminal Justice,\nStaffordshire Police.\nTel: 01785 235239\nEmail: Adrian.Bloor@staffordshire.pnn.police.uk",
            ],
            [
                "Overall Aim / Outcome",
                "• By April 2012 to achieve a 10% reduction in the overall levels of recorded violent crime with injury, involving young people as victims and as offenders against a baseline year of 2009/10.",
            ],
            [
                "Why do we need the strategy?",
                "• Violence is a key political and social challenge within the county.  Violent Crime has been identified as a key priority for local Community Safety Partnership through their Strategic Assessment process and violence involving young people has also been highlighted through analysis conducted by the Children’s Trust.  Violence involving or witnessed by, young people can under certain circumstances influence future behaviour (including offending behaviour) and as such early intervention and prevention of violence amongst young people may support longer-term social improvements and lead to healthier safer communities and families in the future.",
            ],
            [
                "How will ‘working in partnership’ add value to achieving the strategy’s key aim and objectives?",
                "• Reductions in violence within Staffordshire and the physical, emotional and social harms caused as a result of it, will be most effectively achieved through people working together. \xa0Support and action by Children’s Trust partners is essential if we are to address this problem from a range of angles, including enforcement, preventative work to tackle alcohol abuse and disorder, education, providing parental support, tackling re-offending, improving access to public information and ensuring we intervene as early as possible where problems occur.",
            ],
        ],
    },
    {
        "title": "Healthy Weights",
        "rows": [
            [
                "Strategy",
                "Staffordshire Healthy Weight Strategy and the Staffordshire Healthy Weight Delivery Plan 2010-2013\nhttp://www.staffordshirechildrenstrust.org.uk/StrategiesFrameworks/healthyweight/",
            ],
            [
                "Delivery Leads",
                "Jacqueline Small, Head of Health Improvement,\nStaffordshire Public Health Team.\nTel: 0845 602 6772  (ext 1584)\nEmail: Jacqueline.Small@northstaffordshire.nhs.uk\nJo Robins, Consultant in Public Health, Staffordshire Public Health Team.\n(Chair of Healthy Weights Group).\nTel: 01889 571720\nEmail: jo.robins@southstaffspct.nhs.uk",
            ],
            [
                "Overall Aim / Outcome",
                "• The Healthy Weight Strategy has been developed to support a coordinated approach to address the local issue of obesity and overweight. It seeks to incorporate a ‘whole system’ approach to combating childhood obesity within Staffordshire, highlighting roles and relationships between key agencies working across the prevention, management and treatment agenda within a tiered pathway\n• The aim of this strategy is to increase the proportion of Staffordshire children and young people who maintain a healthy weight throughout their lives.",
            ],
            [
                "Why do we need the strategy?",
                "• In Staffordshire just over 23.5 percent of 4-5 year olds and 33.5 percent of 10-11 year olds were overweight or obese in 2008/092. This has serious consequences for children’s physical and mental health now and in the future. It also has a significant impact on their future lives in terms of productivity at work, salary and social and economic class.",
            ],
            [
                "How will ‘working in partnership’ add value to achieving the strategy’s key aim and objectives?",
                "• A multi-agency approach is required to address childhood obesity across a range of settings.\n• The Healthy Weights Group has led the development of a joined up clear strategy, vision and delivery plan helping to ensure a coordinated Staffordshire wide approach to tacking childhood obesity.\n• Working in partnership will help to ensure an effective system is in place for collecting using data for monitoring and evaluation across Staffordshire.\n• It will ensure effective commissioning by district across tiers 1-4 against the Healthy Weight Frameworks. This covers both prevention and treatment.\n• Partnership working will help to ensure that prevention is integrated into as wide a range of roles and organisations as possible and targeted toward areas where the prevalence of overweight and obesity is highest and where the economic and social and economic environment makes it harder for local people to maintain a healthy weight.\n• Will allow for work with parents and families to shape services and support them to take responsibility for their own health and make it easier for people to make healthier choices.\n• Ensure work across the wider determinants of health such as, economic, environmental and social factors.\n• Promote a built environment that will support healthy weight by influencing local planning policy in order to create sustainable opportunities for children and families to be active in life and to eat well.\n• Ensure that the children and young people’s workforce have the necessary knowledge and skills to increase awareness of healthy weight, provide brief interventions and sign post to appropriate services.\n• Ensure consistent and effective communication with families regarding healthy weight to enable them to make informed choices and access prevention and intervention services.\n• Interventions for childhood overweight and obesity should address lifestyle within the family and in social settings (NICE7).\n• The Staffordshire Children’s and Families Healthy Weight Frameworks (http://www.staffordshirechildrenstrust.org.uk/StrategiesFrameworks/healthyweight/)  have been developed by Staffordshire Children’s Healthy Weight Group to assist commissioners, planners and providers of services to consider the promotion of healthy weight for children as they commission and plan services and developments. If all the elements covered in the frameworks are provided in any one locality it is expected to have an impact on the prevalence of healthy weight in children and families.",
            ],
        ],
    },
    {
        "title": "Education (Including those Not in Education, Employment or Training()",
        "rows": [
            [
                "Strategies",
                "Staffordshire County Council Strategic Plan http://www.staffordshire.gov.uk/yourcouncil/strategicplan/",
            ],
            [
                "^",
                "Improvement Through Intervention – The Staffordshire School Improvement Strategy 2010*\n*not a publicly facing document",
            ],
            [
                "^",
                "Staffordshire Secondary Strategy 2010/11 (priority 3): http://education.staffordshire.gov.uk/Curriculum/Strategies/SecondaryStrategy/",
            ],
            [
                "^",
                "Staffordshire 16-19 Commissioning Priorities for 2011/12\nhttps://education.staffordshire.gov.uk/NR/exeres/289D58BA-0EFB-430A-AF46-C76408887265,frameless.htm?NRMODE=Published",
            ],
            [
                "Delivery Leads",
                "Overall Lead:\nAnna Halliday, 16-19 Director, Staffordshire County Council\nTel: 01785 27\xa08826\nEmail: anna.halliday@staffordshire.gov.uk",
            ],
            [
                "^",
                "Education Lead:\nMike Osborne-Town, Assistant Director, Education Transformation, Staffordshire County Council\nTel: 01785 27 8603\nEmail: mike.osborne-town@staffordshire.gov.uk",
            ],
            [
                "Overall Aim / Outcome",
                "Staffordshire County Council Strategic Plan 2010/15 &\nImprovement Through Intervention – The Staffordshire School Improvement Strategy 2010\n• Staffordshire’s children and young people have the best start in life and receive a good education so that they can make a positive contribution to their communities.",
            ],
            [
                "^",
                "Staffordshire Secondary Strategy 2010/11\n• Supporting the development of high quality curriculum provision, including preparing for raising the participation age.",
            ],
            [
                "^",
                "Staffordshire 16-19 Commissioning Priorities for 2011/12\n• The 16 – 19 Commissioning Priorities for 2011/12 seeks to give all our Staffordshire County Council partners, stakeholders and most importantly, the providers that we commission, a clear overview of the provision in our area.\n• We will articulate the challenges that we need to work together to address if we are to achieve our vision and achieve improved outcomes for Staffordshire’s young people.\n• We work collaboratively through partnership arrangements, and promote transparency interims of accountability to secure the best quality provision and empower young people to make informed choices.",
            ],
            [
                "Why do we need the strategies?",
                "Staffordshire County Council Strategic Plan 2010/15 &\nImprovement Through Intervention – The Staffordshire School Improvement Strategy 2010\nTo ensure children and young people have the best start in life through:\n• Improved access to Children’s Centres for families from disadvantaged groups.\n• Increase the number of children from disadvantaged groups benefiting from free early years places.\n• Improvement in attainment at the end of the Early Years/Foundation Stage.\n• Ensuring children and young people receive a good education through:\n• A decrease in the educational attainment gap between vulnerable groups (e.g. those on free school meals, with special education needs and children in care) and other children and young people.\n• An improvement in attainment at the ages of 11 and 16.\nStaffordshire Secondary Strategy 2010/11 &\nStaffordshire 16-19 Commissioning Priorities for 2011/12\n• Keeping young people positively engaged in education and training and supporting them into employment is a key priority and statutory duty for the Council.  It is closely associated with promoting well-being, achieving prosperity, raising skills and aspirations as well as avoiding the issues associated with unemployment or disenfranchisement.  Furthermore, the government’s intention is to raise the participation age to 17 by 2013 and 18 by 2015 so this strategy supports the move toward full participation and the provision of high quality learning opportunities.  Current strategies have seen the NEET rate reduce from 5.7% in May 2009 to 5.2% in May 2010.  However, some vulnerable groups are over-represented in the NEET figures including those leaving care and learners with learning difficulties and/or disabilities.  The older age 17 and 18 has also seen an increasing volume of NEET. The “Education” priority of the CYP therefore encompasses a wide range of activity and the work of very many local partners.",
            ],
            [
                "How will ‘working in partnership’ add value to achieving the strategies’ key aim and objectives?",
                "Staffordshire County Council Strategic Plan 2010/15 &\nImprovement Through Intervention – The Staffordshire School Improvement Strategy 2010\n• A broader range of professional colleagues from across the directorate, most specifically those involved in activities within the Double District, can be engaged with projects in a bespoke service responsive to the needs of children, schools and families. Representatives from the District Team share information on schools and communities and collaborate in identifying good practice and causes of concern to assist in securing accurate information and promoting integrated working on linked agendas and new developments.  Working in partnership will assist in:\n• securing and maintaining an informed strategic overview of districts, localities, partnerships and schools from a variety of sources to continue an upward trend of improvement.\n• Promoting integrated working across teams and services within localities and districts to ensure consistency, minimise duplication and make best use of the available capacity.\n• Initiating preventative strategies, early intervention projects and school reviews (e.g. in relation to leadership and management, teaching and learning, curriculum reviews) as appropriate and on the basis of relevant information and criteria.\n• Monitoring, supporting and challenging schools to prevent more serious problems developing through the above point.\nStaffordshire Secondary Strategy 2010/11 &\nStaffordshire 16-19 Commissioning Priorities for 2011/12\n• Strategies to assist young people who are Not in Education Employment or Training (NEET) require partnership working in order to add value.  All education and training providers pre and post 16 have a significant contribution to make in terms of ensuring learners are guided onto appropriate options; are supported to stay in learning and not drop out; and to work in partnership to deliver an appropriate and responsive offer to meet the individual needs of the young person.\n• Resources to tackle NEET can be embedded within mainstream funds or sourced through external funding streams such as European Social Fund.  Consortia arrangements often offer a stronger and more comprehensive offer and require partnership working.\n• Tackling the complex barriers and issues that contribute to preventing young people from engaging in education and training also requires alignment of services and provision in order to wrap a personalised offer around the individual and make effective use of specialist or targeted services.",
            ],
        ],
    },
]
