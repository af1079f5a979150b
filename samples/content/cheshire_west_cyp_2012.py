# ruff: noqa: E501
"""Seed 001: West Cheshire Children's Trust, Children and Young People's Plan 2012-2015 (draft).

Text copied from samples/seeds/001-cheshire-west-cyp-plan-2012-15.txt (markdown markers removed,
paragraphs that the extraction split over a page break joined). The Appendix A action plans are in
cheshire_west_action_plans.py.
"""

AUTHORITY = "Cheshire West and Chester"
SEED = "001"
TITLE = "Children and Young People's Plan 2012 \u2013 2015 \u2013 starting well"

FLOW = r"""
** West Cheshire Children's Trust
TITLE Children and Young People's Plan 2012 – 2015 – starting well
H1 Contents
[[contents]]
===page
H1 1 | Introduction and foreword
Stephen Moore, West Cheshire Children's Trust Independent Chair
H1 2 | Background to the Plan and key achievements and progress made in 2011-2012
H2 What is a Children and Young People's Plan?
West Cheshire Children's Trust Plan explains what partners aim to do to improve outcomes for children and young people and their families. It sets out what we think are the most important things to deliver together from November 2012 to March 2015. The best way that services can do this is by jointly planning what to achieve and how they are going to it.
H2 Who are West Cheshire Children's Trust?
West Cheshire Children's Trust is a partnership which is made up of organisations from the public, voluntary, community and faith sectors that commission or provide services for children and young people and their families in Cheshire West and Chester. This includes Cheshire West and Chester Council, schools and colleges, voluntary sector services, health services, Police, Probation Service, Youth Offending Service, Job Centre Plus, the Local Safeguarding Children's Board, Fire Service and many more. The Children's Trust also has involvement from children and young people and families through its Participation Group.
West Cheshire Children's Trust is committed to ensuring that the safeguarding of children and young people lies at the heart of everything that we do. Safeguarding and promoting the welfare of children and protecting them from significant harm is everyone's business and therefore is dependent on effective joint working between agencies and professionals to ensure that this happens at all times. The Local Safeguarding Children's Board and Children's Trust work together to ensure that children and young people in Cheshire West and Chester are protected.
The Children and Young People's Plan covers all services for all children and young people aged 0-19, and for young people aged 20 and over who have left care and young people up to the age of 25 with disabilities or learning difficulties.
H2 Key achievements and progress made against the priorities set in the Children and Young people's Plan 2011-12:
H3 Priority: Prevention, early help, family support and better health
- Establish a Family Nurse Partnership – resources identified and programme commissioned in partnership with Vale Royal and West Cheshire Clinical Commissioning Groups (CCG)
- Injury Minimisation Programme (IMP) – Number of parents supported through St John Ambulance Programme via Babysafe courses and young life saver programme. Achievement – held 23 Babysafe courses teaching 2,145 adults essential paediatric lifesaving skills and 2,377 young people have received young lifesaver training.
- Breastfeeding Social Marketing Campaign in Ellesmere Port – in 2012 insight work was carried out with expectant mums under 25 in the Ellesmere Port area. This has resulted in some key targeted messages and images around breastfeeding to be used in a campaign to be rolled out in 2012/13. The aim of which is to normalise breastfeeding and encourage young mums to feel supported to breastfeed.
- Number of children and young people accessing MEND and number of parents accessing HENRY (healthy lifestyle programmes for families with children under 5). To train early years practitioners who work with families in HENRY core training enabling them to support mums on a 1:1 basis. Achievement – 76 practitioners have received HENRY Core training and review of child weight management commissioning intentions carried out.
H3 Priority: Children in Care and Care Leavers
- Number of Adoptions – In 2011/12 19 children adopted, compared to 8 in the previous year, against a statistical neighbour and England target of 12.
H3 Priority: Children with Disabilities and SEN
- Children subject to School Action, School Action Plus and with Statements. Achievement – For School Action there was a 14.7% reduction, School Action Plus 8.8% reduction and with SEN Statements 9.7% reduction.
H3 Priority: Safeguarding and Commissioning Plan
- Child Protection Planning – number of Core Groups carried out within 10 working days of Child Protection Conference. Achievement – 90.9% or 30 out of 33 Core Groups held between July to the end of November 2011 within 10 days or less.
H1 3 | Purpose and Vision of the Trust
H2 Vision Statement
In West Cheshire we will work together to support families to keep children happy, healthy and safe.
H2 Key Outcomes
All children are safe within their families and communities.
All children are healthy
All children are eager to learn and achieve their potential
All families are confident in caring for their children.
H1 4 | Delivery Priorities for 2012-15
The Needs Analysis looking at such areas as education, health, safety and wellbeing of children and young people within Cheshire West and Chester together with views of children, young people and their families has helped inform our understanding of what it like to grow up in the borough and what the partners in the Children's Trust can do to help every child to achieve their potential.
The Children's Trust will be the vehicle for the delivery of the priorities under the Starting Well theme of the Altogether Better Programme and based on evidence in our Strategic Needs Assessment :
@priority Delivery Priorities for 2012-15
- Early Support – Developing new approaches and scaling up existing models of early support for children aged – 9 months to 19 years and their families.
- Families Together – help families with complex needs or 'Troubled Families' who depend on public services by providing an integrated package of support.
- Improved health and well being outcomes for children and young people in the borough
- Narrowing the Gap for children who live in more disadvantaged areas in terms of educational/vocational achievement
- Improved outcomes for Children in Care (primarily around emotional health and well being, learning and achievement and transition into adulthood)
- Improved outcomes for children and young people who experience domestic abuse
H1 5 | Commissioning Intentions
West Cheshire Children's Trust describes its vision as 'wanting West Cheshire to work together to support families to keep children happy, healthy and safe'.
As part of the delivery of this vision, agreement has been reached between Cheshire West and Chester Council, NHS Western Cheshire and West Cheshire Clinical Commissioning group to work together to develop an integrated investment unit for children and young people. This unit will work in close partnership with Vale Royal Clinical Commissioning Group. The Unit will be based in Cheshire West and Chester Council and will bring together key health and local authority staff working on children's commissioning into one place. The plan is to have one team, working together, primarily in one place, working against one set of priorities, contained in one plan which describes our priorities against the continuum of need.
The Unit will be fully operational from April 2013. The development of the integrated investment unit is a key part of the programme of reform taking place through the Altogether Better Smarter Services programme. In addition it is being informed by the approaches being developed by the Cabinet Office Commissioning Academy and a recent review of commissioning carried out by Halton Borough Council.
The Unit will support the Children's Trust in agreeing its priorities and its work will be driven by the Children and Young People's Plan. The Unit will support the development of the Clinical Commissioning Groups Strategic Plans including supporting the delivery of relevant NHS targets and plans. The short to medium term vision will be to develop the unit as the joint commissioning arm of West Cheshire Children's Trust with a view to developing its remit to wider strategic commissioning for children and young people across a wider number of agencies. The medium term vision is to develop the Unit in conjunction with adult services to look towards the formation of a Cheshire West and Chester Integrated Commissioning Unit.
A Sub group of the Children's Trust will be developed to enable clear accountability and progress reporting of shared commissioning programmes and service improvements to the Children's Trust as part of a regular forward plan.
H1 6 | West Cheshire Children's Trust Structure Governance Arrangements
H1 7 | Children's Trust Structure
H2 Governance
West Cheshire Children's Trust is accountable to West Cheshire Altogether Better Governance Structure and specifically the Health and Well Being Board which will oversee partnership working at a strategic level. The following key partnerships commission and oversee service delivery in line with the needs of communities within the borough and beyond:-
- Altogether Better Programme Altogether Better is one of four national whole place Community Budget pilot areas that will test new, radical and local approaches to delivering public services
- Health and Wellbeing Board This Board brings together elected representatives, local HealthWatch (who will represent people who use services) and health and social care commissioners, such as GPs and the Director of Public Health, to plan the right services for West Cheshire. The first Health and Wellbeing Strategy has been produced jointly by our Local Strategic Partnership – West Cheshire Together – as part of its refresh of the Sustainable Community Strategy “Together We Can Aim High” and by the new shadow Health and Wellbeing Board.
- Children's Trust. This Board is responsible for holding all partners to account for the provision of high quality integrated services for children and young people. The Children's Trust is accountable to the Local Safeguarding Children's Board in terms of safeguarding children and to the Altogether Better Governance structure and Health and Wellbeing Board for the delivery of public services for children, young people and their families.
- The Local Safeguarding Children's Board The Board is crucial to the success of West Cheshire's Children's Trust due to its firm commitment to safeguarding and promoting the welfare of all children and young people – The LSCB challenges the impact of commissioning against the CYP priorities and monitors improvement outcomes for children and families.
H2 West Cheshire Children's Trust Sub Groups
Sub-groups of the Children's Trust will be established to develop work programmes to improve outcomes under the priorities. Resulting actions required will be submitted to the Integrated Commissioning Function for appropriate services to be commissioned. A performance sub-group will be in place to monitor progress and to quality assure commissioned services. Any services highlight as under achieving will be referred back to the sub-groups to re-evaluate the actions required to address improved outcomes for children and young people under the priority.
- Early Support Strategy Group
- Child Health Strategy Group
- Children in Care
- Children affected by Domestic Abuse
- Narrowing the Gap
- Children and Young People Participation Group
- Workforce Development
- Performance Group
H1 8 | Understanding the communities of Cheshire West and Chester
The area known as Cheshire West and Chester is defined by its position as a unitary authority in the North West of England. It has a population of 327,500 people, making it the fourth largest council in the North West of England. The area includes the historic city of Chester, the industrial and market towns of Ellesmere Port, Northwich and Winsford together with Neston, Frodsham, Helsby and Malpas. In total 32% of the local population live in rural wards.
H2 Key headline information from borough wide Needs Analysis
In order to understand what life is like for children and young people in Cheshire West and Chester a number of sets of data have been brought together looking at such areas as education, health, safety and wellbeing.
- Cheshire West and Chester had a population of 98,100 children and young people (aged under 24) in 2008. Almost a third of Cheshire West and Chester's population is under the age of 25.
- Cheshire West and Chester has a relatively small Black and Minority Ethnic population at around 6%.
- The largest concentrations of children and young people are in the areas of Chester, Northwich and Ellesmere Port.
- More children in care are aged 5-11 and 12 to 19 than 0-4.
- In 2011 there were 3,918 incidents of anti-social behaviour, 406 of which were alcohol related.
- In 2011 there were 2,019 children and young people identified as offenders and 96% of those were aged 11-19. The figures shown refer to the number of offenders as opposed to the number of crimes (there may be more than 1 offender involved in a specific crime).
- In 2011 there were 1,512 children and young people that were victims of crime with 91% of these aged 11-19. The figures shown refer to the number of victims as opposed to the number of crimes (i.e. there may be more than one victim involved in a specific crime).
- In 2011 there were 883 missing from home incidents involving children and young people mainly aged 11-19 with Chester and Ellesmere Port Neighbourhood Policing Units recording the highest numbers. The figures refer to the number of incidents as opposed to individuals (there may be multiple incidents to 1 individual).
- Around 4,700 5-16 year olds will have a mental health disorder and around 73% of those in residential care will have a clinical mental health disorder.
- For Early Years, National Indicator 72 (percentage of children achieving at least 78 points across the Early Years Foundation Stage) for 2012 the indicator has increased from the previous year by 7.6%. Although boy's attainment has improved across all areas of EYFSP there remains a significant gap between boys and girls in the attainment of Communication, Language and Literacy and in particular writing. Children in receipt of Free School Meals are twice as likely to be represented in the lowest 20% of children.
- For Key Stage 1 statutory assessment of children, 2012 outcomes have remained static or shown slight increases, the greatest of which was at Level 3+ in maths by +3ppts.
- For Key Stage 2 statutory assessment of children 2012 saw improvements in all indicators. Whilst girls still outperform boys, greater increase by boys means that the gender gap in these areas has all narrowed. The Free Schools Meals (FSM) gap at L4+ has decreased significantly in all aspects but children on FSM still achieve almost 20% less than children not on FSM at L4+ in both English and Maths.
- For Key Stage 4, GCSE results, both 5+ A*-C and 5+A*-C including English and Maths have seen a 3 year rising trend – although there is still room for improvement when compared to statistical neighbours. There still appears to be significant FSM and gender gap in achievement at Key Stage 4.
- In December 2011 there were 448 young people (4.9%) who were not in education, training or employment.
- Cheshire Domestic Abuse Partnership say that in Cheshire, 22% of school pupils have seen adults hurt one another at home and that 900 mothers are supported by its services a year.
- There are high hospital admission rates in the under 5s, particularly for injuries and in areas of deprivation.
- Alcohol is the leading substance misuse problem in young people accessing substance misuse services locally.
- Between 1 April 2011 and 31 March 2012, 42 individual young people engaged with structured substance misuse treatment services in West Cheshire. 20 accessed the service in Ellesmere Port and 22 in Chester.
- Alcohol (43%), cannabis (26%) and amphetamines (21%) were the most common substances young people sought help with.
- It is estimated that for Cheshire West and Chester as a whole there are between 689 and 5306 disabled children and young people aged 0-19 years old*.
- The Child and Maternal Observatory published Child Health Profiles for every local authority, including Cheshire West and Chester at the end of March 2012:
Findings:
There are a number of areas where we are performing Significantly worse than the England average:
Chlamydia diagnosis rate (age 15-24 years)
Children achieving a good rate of development aged 5 (with respect to the Early Years foundation Stage Profile)
Teenage mothers (age under 18 years)
Hospital admissions due to alcohol specific conditions
Hospital admissions due to substance misuse
Breastfeeding initiation
Hospital admissions due to injury
Hospital admissions due to self harm
There are two areas where we are performing worse than the England average and would merit some attention:
Obese children (aged 10-11) (see Action plan at Appendix A)
Children killed or seriously injured in road traffic accidents (See Action Plan at Appendix A)
There are some indicators where we are performing significantly better than the England average:
MMR Immunisation
Children in care immunisation
NEET figures (Not in employment, education or training)
First time entrants to Youth Justice
Children in poverty
Rate of family homelessness
Children in Care
Participation in sport/PE
H2 If Cheshire West and Chester was a village of 100 children and young people
In order to gain a more holistic view the graphic overleaf illustrates what the composition of Cheshire West and Chester would be like if it was a village of 100 children based on the information we have gathered through various data sets.
H2 Area Partnership Board areas
Information has also been profiled to establish what we know about children and young people who live in our Area Partnership Board areas and these are included as Appendix A to this Plan. The five Area Partnership Areas are:
- Ellesmere Port
- Chester
- Northwich and Rural North
- Rural West
- Winford and Rural East
*(To determine the number of disabled children locally, figures have been based on a percentage of the 2007 0-19 child and young person population forecasts. The forecasts cover 2007 - 2022 and have been disaggregated to give a figure for total population for 2010. The number of disabled young people have then been calculated based upon recognised levels of disability as follows: 1% (most complex disabled young people) = 689 7.7% (all disability/impairments) = 5306. The definitions above have come from the 'Commission Support Programme - Commissioning for Outcomes and Efficiency' document (November 2010)
H1 9 | What children and young people say
The Participation of children and young people, mothers, fathers and carers is central to the Children's Trust. West Cheshire Children's Trust is committed to engaging all children and young people in participation, ultimately to assist in the shape, and design of services that they use. Every Child Matters recognised that improved outcomes required radical change in the whole system of children's services, including listening to children, young people and their families when assessing and planning service provision as well as in face-to-face delivery. Part of the role of the Strategic Director of Children and Young People's Services and the Lead Member for Children's Services is to listen to and involve children in determining their needs and championing their interests.
The Children's Trust arrangements include a variety of methods to ensure the contribution of children, young people and their families to improve outcomes and includes:
H2 Youth Parliament priorities
The Youth Parliament has highlighted four main priorities important to children and young people growing up in borough, as follows:
- Health
- Transport
- Increasing young people's involvement and participation
- Environmental Issues
The UK Youth Parliament team for Cheshire West and Chester is designed around a model that means we have two full Members (MYP) and four Deputy Members (DMYP).
Cheshire West and Chester Council has subsequently co-opted each Member to sit on an existing Scrutiny Committee and in addition we have a dedicated young person with specific experience of the health care system who supports current review and consultation developments on behalf of the Health and Well Being board.
As part of the election process for UY youth Parliament members we run a survey to test current issues that are important to young people in our schools. Every young person voting can pick up to three issues from a long list, identifying them as priorities. Around 9,000 young people vote on average, which gives upwards of 20,000 issue choices made. These choices describe the priorities here in the plan.
The UKYP survey this ballot as a mandate which allows them to champion work on these issues. This can be locally, regionally or even nationally.
In Cheshire West the transport issue is based on cost and availability for young people, especially in rural areas, they report that they sometimes feel isolated and that access to services for them are limited.
UKYP members have direct meetings with relevant Elected Members and Council Officers to discuss transport and whilst solutions are difficult to find the young people felt their views had been heard and they had a better understanding of the complexities involved.
Health (and Wellbeing) issues focus on fitness and the feeling that young people would like more accessible sports facilities for them. There is also concern about drug and alcohol use amongst young people.
UKYP Members also contribute to reviews of Childrens Trust delivery and ways of working. They sit directly on interview panels for selecting key members of staff, notably the Childrens Trust Manager and Independent Chair of the Trust.
H2 Children in Care Council
The Children in Care Council and West Cheshire and Chester Council have agreed a pledge that will link into all decision making structures affecting children that are being looked after in care. The aim is for all children and young people in the borough to receive the best parenting possible. The Pledge is:
- i. We will actively involve you in the decisions that affect your lives and give you opportunities to be involved.
- ii. We will keep you safe
- iii. We will help you achieve what you are capable of, at school and at college, and give extra support if you need it.
- iv. We will respect you as individuals, with differing wants and needs – and tailor the service you get, to fit you.
- v. We will help you stay in touch with people who are important to you.
- vi. We will make sure you have named workers, who will stay with you whilst you grow up, whenever possible.
- vii. We will support you to have different experiences, so you have the chance to develop your talents, hobbies and interests.
- viii. We will help you keep healthy and well.
- ix. We will help and support you to sort out any problems or worries you have.
- x. We will help you move on to adult life.
The Children's Trust has a Participation Group that has developed a Strategy and Standards for the Participation and Involvement of Children and Young People. In addition children in care council and corporate parenting board will review and scrutinise outcomes against the ambition set out within the pledge
H1 10 | National and local context of policies
This Plan is adhering to the local and national policy context focusing on the key policy issues that link the Trust together as a partnership.
H2 Community Budgets
Altogether Better – A Community Budget for West Cheshire is one of four national whole place Community Budget pilot areas that will test new, radical and local approaches to delivering public services. This programme is about real and lasting change. It will involve reviewing local public services alongside our partner organisations in the public, private, voluntary and community sector. Together we aim to tackle the root causes of longstanding problems, promoting early intervention and deploying resources in the most effective way.
Altogether Better will look at a number of ways to make services better for everyone. To do this, the Programme focuses on the life cycle of a person and the different services they may use at the various points in their life. These key points in life have created the following themes;
- Starting well
- Living well
- Working well
- Ageing well
- Smarter Services
The first four themes of the Programme reflect the lifecycle of a resident and the services that they may need at various stages. These four themes are supported by a fifth category of Smarter Services that addresses the cross-cutting issues that underpin public service reforms.
H2 The Marmot Review ( Fair Society, Healthy Lives): two years on February 2012
The Marmot Review, published in February 2010, confirmed that an individual's health is influenced by wider social determinants such as income, employment, education and environment quality. Two years on, the UCL Institute for Healthy Equity (formerly known as the Marmot Review Team) has published data for upper tier local authorities in England on a set of indicators to help monitor progress to reduce health inequalities.
The review set out six policy recommendations:
- i. Give every child the best start in life
- ii. Enable all children young people and adults to maximise their capabilities and have control over their lives
- iii. Create fair employment and good work for all
- iv. Ensure a healthy standard of living for all
- v. Create and develop healthy and sustainable places and communities
- vi. Strengthen the role and impact of ill health prevention
The two year review uses five indicators to monitor health inequalities and progress on tackling the social determinants of health. These indicators are:
- Life expectancy at birth
- Disability free life expectancy
- Children reaching a good level of development at age five
- Young people not in employment, education or training (NEET)
- Percentage of people in households receiving means tested benefits
The data has been collated by the London Health Observatory and the local data for Cheshire West and Chester has been incorporated into the Needs Analysis. Nationally the results highlight how far England still has to go to halt the increase in health inequalities, let alone reduce it. The two year review makes visible the link between health and social and economic influences. What happens in early childhood affects school careers, then whether the individual becomes a school leaver with no job and no aspirations, or goes on to get good qualifications, a good job, a reasonable income, and hence the conditions that lead to good health in adulthood.
H2 Graham Allen Reports on Early Intervention
Graham Allen, MP produced two reports on behalf of HMG on Early Intervention: Smart Investment, Massive Savings. The first report Early Intervention: the next steps was published in January 2011, it underlined that many of the costly and damaging social problems for individuals can be eliminated or reduced by giving children and parents the right type of evidence programmes 0-18 and especially in their earliest years.
The second report sets out how the programmes can be paid for within existing resources and by attracting new non government money.
H2 SEN Green Paper
The Green paper published at the beginning of 2011 aims to improve radically the entire special educational needs (SEN) system and will cover issues including school choice, early identification and assessment, funding and family support. In May 2012 the Government published Support and Aspiration: A new approach to special educational needs and disability – Progress and Next Steps. The intention is to introduce legislation to implement the changes to the law required in the Green Paper reforms from 2014. A draft Bill will be published in late 2012.
H2 Health and social Care Act 2012
The Act give major changes to the way the NHS is organised in England, including:
- Giving groups of GP practices and other professionals – Clinical Commissioning Group – ‘real’ budgets to buy care on behalf of their local communities;
- Shifting many of the responsibilities historically located in the Department of Health to a new, politically independent NHS Commissioning board;
- The creation of a health specific economic regulator with a mandate to guard against ‘anti-competitive practices’;
- Moving all NHS trusts to foundation trust status;
- Creating a new role for Local Authorities in Public Health – Public Health England (PHE) will be the national public health service with local authorities given responsibility for health improvement currently carried out by Primary Care Trusts;
- Health and Wellbeing Boards (HWBs) will be statutory in every upper tier local authority and will be required to bring together GP Consortia, DsPH children’s Services, Adult social Care and others
- Health Watch England will be established as the national voice of patients and the public.
H2 The Transfer of Public Health to Local Authorities in 2013
The transfer of the public health function is accompanied by the introduction of Health and Wellbeing Boards. There will be a need to recognise that existing council services have an impact on health inequalities such as education, housing, employment and community safety. Using evidence better is one area where local authorities may be able to improve their public health decision making.
H2 The Localism Act
The aim of the Act is to shift power from central government back into the hands of individuals, communities and councils. The aim is to push power downwards and outwards to the lowest possible level, including individuals, neighbourhoods, professionals and communities as well as local councils and other local institutions.
For services which are used individually, this means putting power in the hands of individuals themselves, where services are enjoyed collectively they should be delivered by accountable community groups and where the scale is too large or those using a service are too dispersed, they should be delivered by local institutions, subject to democratic checks and balances, enabled by full transparency.
The Localism Act includes five key measures that underpin the Government's approach to decentralisation:
- Community rights
- Neighbourhood planning
- Housing
- General power of competence
- Empowering cities and other local areas
H2 Open Public Services White Paper
The aim of the white paper is to set out the Government's Programme for public services over the next few years. The White Paper sets out five principles for modernising public services:
Choice – to be increased wherever possible
Decentralisation – public services should be decentralised to the 'lowest appropriate level'
Diversity of provision – public services should be open to a range of providers
Fairness – ensuring fair access to public services
Accountability – public services should be accountable to users and taxpayers, with an emphasis on local democratic accountability.
H2 Positive for Youth: A new approach to cross-government policy for young people aged 13 to 19 (December 2011).
Government has announced a new approach to cross-Government policy for young people aged 13-19 in England. It brings together all of the Government's policies for this age group, presenting a single vision across the interests of at least nine departments including Department for Education, the Department of Health, the Home Office and the Department for Communities and Local Government.
Positive for Youth sets out a shared vision for a society which will enable all young people to succeed and how all parts of society, including councils, schools, charities and businesses can work together in partnership to support families and improve the lives of young people, particularly those who are most disadvantaged or vulnerable.
The Government believes that young people must be at the forefront to inform decisions, shape provision and inspect quality. The Government is providing funding of £850,000 to the British Youth Council in 2011-2013 to ensure that young people have a voice in decision making including advising councils and others on how to involve young people in decision making and auditing services and to sustain the UK Youth Parliament. Each local authority area will also have a new organisation called Health Watch to make sure that young people will have a voice in shaping local health services.
H2 Munro Review
The Munro review sets out a number of recommendations to help reform the Child Protection System from being over-bureaucratized and concerned with compliance to one that keeps a focus on children checking whether they are being effectively helped and adapting when problems are identified.
The Review is recommending that the Government revise statutory, multi-agency guidance to remove unnecessary or unhelpful prescription and focus only on essential rules for effective multi-agency working and on the principles that underpin good practice. Inspection is a key influence on priorities in frontline practice so needs to support the change from compliance to a learning culture.
H2 The Local Safeguarding Children Board (LSCB)
The Safeguarding Board works alongside the Children's Trust to promote co-operation between partners to improve the wellbeing of children in the local area. The LSCB have produced a Business Plan 2012-2014 that reflects the core functions of the LSCB and the agreed strategic priority areas for the period 2012-2014. The LSCB have developed two strategic priorities:
- i. Reduce risk and meet the needs of children subject to Child Protection Plans, through effective recognition, assessment and planning for:
-- a. Emotional abuse
-- b. Sexual abuse
-- c. Neglect
-- d. Physical abuse
- ii. Improve safeguarding and welfare of children through improved parenting and reducing the impact of negative parental factors:
-- a. Domestic abuse
-- b. Learning disability/difficulty
-- c. Mental health
-- d. Substance misuse
H1 11 | How to Deliver?
H2 How we will deliver the priorities in the plan
H3 Coordination and Review – Governance and scrutiny
There will be a delivery sub group responsible for each priority area of the plan. The Childrens Trust Board will review each priority and deliverable outcomes on a quarterly basis. These reviews will be led by the Independent Chair and will involve the voice of children and young people to inform improvements, changes in action if proposals are not working and will hold agencies to account for their investment and operational delivery to date.
Equally the CWaC Scrutiny panel for Children and Young People will also review the effectiveness of the Plan as part of their work programme annually.
H3 Commissioning and joint investment – pooling resources
By April 2013, agreement has been reached between Cheshire West and Chester Council, NHS Western Cheshire and West Cheshire Clinical Commissioning Group that an integrated investment unit for children and young people will be in operation. This unit will work in close partnership with Vale Royal Clinical Commissioning Group.
The Unit will be based in Cheshire West and Chester Council and will bring together key health and local authority staff working on children's commissioning into one place. The plan is to have one team, working together, primarily in one place, working against one set of priorities, contained in one plan which describes our priorities against the continuum of need. The work of the unit will primarily be driven by the Children and Young People's Plan.
The Investment Unit will use the Altogether Better Commissioning framework as shown above http://www.altogetherbetterwestcheshire.org.uk/?page_id=697
The short to medium term vision will be to develop the unit as the joint commissioning arm of West Cheshire Children's Trust with a view to developing its remit for strategic commissioning for children and young people across a wider number of agencies. This acknowledges the reality that the Local Authority only directly controls 8% of public expenditure in the Borough.
The medium term vision is to develop the Unit in conjunction with adult services to look towards the formation of a Cheshire West and Chester Integrated Commissioning Unit. This is set within the context of the local Authority developing its role from being a provider of public services to that of enabler and commissioner. It recognises that citizens have a much more significant contribution to make than they have had in the past and that the total public purse has to be managed systemically through partnerships and not separately by different organisations.
H2 Children and Young people Plan - Action plan see Appendix A
The Action Plan at Appendix A gives details of actions, milestones and required outcomes together with timescales under each priority set by the Children's Trust. This will enable clear monitoring and scrutiny of performance against the priorities set. A performance Sub-group of the Children's Trust will be responsible for ensuring actions and outcomes are achieved
It is therefore imperative that all public sector organisations align their strategies and their resources to tackle the intractable problems identified by the Trust as priorities in this Plan – The Plan is the commissioning strategy for the Trust and this is why we are concentrating on early support. The Childrens Trust Early Support Strategy describes how services will be reconfigured to improve outcomes for families at the earliest point possible in their lives.
H1 12 | Delivery to date
We have aligned all the resources in Childrens Services Directorate that will be used to create a better-defined level 2/3 service model. Partner agencies are also aligning their operational resources to work on a locality basis to enable integration of local services for children. Our early support model will establish the following.
# Single front door into early support (linked with Contact and Referral Team (CART))
# Single family assessment called Team Around the Family (TAF)
# A lead practitioner for families who need a better co-ordinated response and a case work service
# An operational link into schools to enable children to be better supported in universal settings and greater impact from the out of school support services
# A number of integrated teams working with defined populations of families (families together and troubled families) which will be managed by a lead agency and multi disciplinary in membership
# A range of evidenced programmes will be delivered through these teams and practitioners will be supported in developing new approaches which will be evaluated locally to ensure a continued development of practice
# A planned re-launch of Family information service directory and access system for parents, young people and carers describing all service availability across the Borough
# A multi-agency training programme delivered through the Childrens Trust and LSCB ensuring that workers are brought together to learn how to work best to involve families in planning services that meet their needs
# Set up a Leaving Care Service for young people.
# West Cheshire Health Strategy Group has been meeting since January 2011 and has taken forward a range of actions primarily aimed at improving the experience of children and young people in receipt of health services.
H1 13 | How to Review
The Children's Trust Board has set the Strategic priorities. The performance framework for monitoring progress against the priorities is:
The setting of an Annual Work Programme
Action delivery plans at Appendix A will be tracked at each sub group responsible for delivery on a thematic basis
A monthly performance report and detailed quarterly reports on the priorities will be submitted to the Children's Trust Executive and reviewed across agencies by the wider Partnership.
Differential Performance further monitored as part of the Altogether Better Starting Well Children and Young People Integrated Strategic Needs Assessment
New structure of Board will see wider Partnership reviewing each priority during 12 month delivery of Plan
Children's Trust Board and Clinical Commissioning Groups to receive six monthly review and annual monitoring of progress against the priorities set by the Trust.
The LSCB will provide challenge on outcomes against priorities on an annual basis
Health and Wellbeing Board will receive an annual report
===page
H1 Priorities and Milestones
[[pm_0]]
** Improved outcomes for Children in Care so that children are engaged in planning services such as leaving care service and there is an improvement in the stability of placements for looked after children
[[pm_1]]
** Improved outcomes for children and young people who experience domestic abuse so that children will be safer and the Trust will know which interventions are most effective in safeguarding children
[[pm_2]]
** Narrowing the Gap for children who live in more disadvantaged areas by ensuring that children make at least the expected progress and achieve in accordance with their potential in high quality schools and settings
[[pm_3]]
** Improved health and well being outcomes for children and young people in the borough, so that more children are breastfed, including in areas/families where breastfeeding is less likely and the rise in obesity amongst children is reduced
[[pm_4]]
** Families Together
[[pm_5]]
H1 Area Partnership Board area profiles
Information has also profiled to establish what we know about children and young people who live in our Area Partnership Board areas. The five Area Partnership Areas are:
- Ellesmere Port
- Chester
- Northwich and Rural North
- Rural West
- Winford and Rural East
===landscape
H1 Equality and Diversity Equality Analysis
Title – West Cheshire Children’s Trust Children and Young People’s Plan 2012-2015 – Starting Well (including Early Support Strategy)
Evidence based equality analysis – can include documents, quotes, and web links for photos and videos
Main aims, purpose and outcomes and how does it fit in with the wider aims of the organisation:
The West Cheshire Children’s Trust Plan explains what partners aim to do to improve the outcomes for children and young people and their families. It sets out what are the most important things to deliver together from November 2012 to March 2015. The best way that services can do this is by jointly planning what to achieve and how they are going to do it.
Lead officer: Ali Stathers-Tracey
Stakeholders: West Cheshire Children’s Trust is a partnership which is made up of organisations from the public, voluntary, community and faith sectors that commission or provide services for children, young people and their families in Cheshire West and Chester (includes schools and colleges, voluntary sector services, health services, Police, probation Service, Youth Offending Service, Job Centre Plus, The Local safeguarding Children’s Board and Fire service), Children, young people and their families.
Equality analysis is a valuable tool to help embed equality into everything we do
While process is important, equality analysis is essentially about outcomes.
Lack of evidence of discrimination is not evidence of a lack of discrimination.
It is not acceptable to say that a policy is applied uniformly to all groups and is therefore fair and equal. Applying a policy or procedure consistently may result in differential outcomes for different groups.
For each of the areas overleaf, an assessment needs to be made on whether the policy has a positive, negative or neutral impact, and brief details of why this decision was made and notes of any mitigation should be included. Where the impact is negative, this needs to be given a high, medium or low assessment. It is important to rate the impact of the policy based on the current situation (i.e. disregarding any actions planned to be carried out in future).
High impact – a significant potential impact, risk of exposure, history of complaints, no mitigating measures in place etc.
Medium impact – some potential impact exists, some mitigating measures are in place, poor evidence
Low impact – almost no relevancy to the process, e.g. an area that is very much legislation led and where the Council has very little discretion
[[ea_impact]]
Evidence (see guidance note for details of what to include here):
- West Cheshire Children's Trust Children and Young People's Plan 2012-2015
- Commissioning Strategy
- Early Support Strategy
H2 Action plan
[[ea_action]]
Please forward the completed Equality Analysis to the Equality and Diversity Managers for publishing on the Council’s website
===portrait
H1 Risk Register
- Borough wide indicators e.g. narrowing the gap for Achievement and Children in Care, Domestic Abuse and engagement with children
- Glossary
** Timeline for completion of Plan – To expand with details of wider consultation
[[timeline]]

"""

# Contents (seed lines 14-28): SECTION spans the number and title columns.
CONTENTS = [
    [
        "1",
        "Introduction and Foreword by West Cheshire Children's Trust Independent Chair Stephen Moore",
        "3",
    ],
    ["2", "Background of the Plan and key achievements and progress made in 2011-2012", "4"],
    ["3", "Purpose and vision of the Trust", "6"],
    ["4", "Delivery Priorities for 2012-15", "7"],
    ["5", "Commissioning Intentions", "8"],
    ["6", "West Cheshire Children's Trust Structure Governance Arrangements", "9"],
    ["7", "West Cheshire Children's Trust structure", "10"],
    ["8", "Understanding the communities of Cheshire West and Chester", "12"],
    ["9", "What children and young people say", "17"],
    ["10", "National and local context of policies", "20"],
    ["11", "How to Deliver", "25"],
    ["12", "Delivery to date", "27"],
    ["13", "How to Review", "28"],
    [
        "14",
        "Appendices \u2013\n\u2022 A \u2013 Priorities and Milestones\n\u2022 B - Area Partnership Board Area Profiles\n\u2022 C - Equality and Diversity Analysis\n\u2022 D - Risk Register\n\u2022 Glossary of terms\n\u2022 Timeline",
        "29",
    ],
]

# Equality Analysis impact table (seed lines 674-694).
EA_IMPACT_HEADER = ["Target group / area", "Neutral", "Positive", "Negative"]
EA_IMPACT = [
    [
        "Race and Ethnicity (including Gypsies and Travellers; migrant workers, asylum seekers etc.)",
        "",
        "Narrowing the Gap Priority and early support strategy identifies ethnicity, not having English as a first language and culturally isolated community factors that make children more vulnerable and needing improved culturally sensitive services that meet their specific needs and reduce stigma that effects their access to support. This will have a more positive impact to support children who could previously have experienced discrimination or barriers to accessing services due to their culture or ethnicity.",
        "",
    ],
    [
        "Disability (as defined by the Equality Act - a person has a disability if they have a physical or mental impairment that has a substantial and long-term adverse effect on their ability to carry out normal day-to-day activities)",
        "",
        "In 2011-12 children subject to School Action, School Action Plus and with Statements. Achievement \u2013 For School Action there was a 14.7% reduction, School Action Plus 8.8% reduction and with SEN Statements 9.7% reduction",
        "",
    ],
    [
        "Gender/Gender Reassignment",
        "",
        "Domestic Abuse as it effects children and young people - implementation of services targeted for children who experience or perpetrate Domestic abuse will result in fewer victims \u2013 predominantly female",
        "High Impact\nNarrow the attainment gap for boys\nConsiderable challenge to work with schools to narrow the attainment gap",
    ],
    [
        "Religion and Belief",
        "Early support strategy is designed to provide early help and support for families and children when they need it. This will involve local delivery teams working with local faith organisations to ensure that services and plans for whole families factor in their belief and faith needs. CT needs to engage better with faith sector across the Borough to bring in support for families",
        "",
        "",
    ],
    [
        "Sexual Orientation (including heterosexual, lesbian, gay, bisexual)",
        "",
        "Early support strategy is designed to identify and offer support to parents, carers, children and young people depending on their sexual orientation\nParticipation service encourage the voice and wishes of all Children and Young People, particularly giving space for debate and discussion around the needs of LGB&T young people",
        "",
    ],
    [
        "Age (children and young people aged 0 \u2013 24, adults aged 25 \u2013 50, younger older people aged 51 \u2013 75/80; older older people 81+. The age categories are for illustration only as overriding consideration should be given to needs).",
        "",
        "Early Support \u2013 the Trust is developing new approaches and scaling up existing models of early support for children aged minus 9 months to 19 years and their families (Early Support Strategy in evidence below)",
        "",
    ],
    [
        "Rural communities",
        "",
        "Early Support model will ensure that there is dedicated resource to meet the need of rural communities",
        "",
    ],
    [
        "Areas of deprivation",
        "",
        "",
        "High Impact\nNarrowing the gap for children who live in more disadvantaged areas in terms of educational/vocational achievement",
    ],
    ["Human Rights", "", "", ""],
    [
        "Health and Wellbeing (consider both the wider determinants of health such as education, housing, employment, environment, crime and transport, as well as the possible impacts on lifestyles and the effect there may be on health and care services)",
        "",
        "In 2011-12 the Family Nurse Partnership was established \u2013 resources identified and a programme commissioned in partnership with Vale Royal and West Cheshire Clinical Commissioning Groups\n"
        "Injury Minimisation Programme (IMP) \u2013 number of parents supported through St John\u2019s Ambulance Programme via Babysafe courses (23 courses teaching 2,145 adults essential paediatric lifesaving skills) and young life saver programme (2,377 young people received training).\n"
        "Breastfeeding Social Marketing Campaign in Ellesmere Port \u2013 in 2012 insight work was carried out with expectant mums under 25 in the Ellesmere Port area. This has resulted in some key targeted messages and images around breastfeeding to be used in a campaign to be rolled out in 2012/13. The aim of which is to normalise breastfeeding and encourage young mums to feel supported to breastfeed.\n"
        "Number of children and young people accessing MEND (MEND 7-13 is a healthy lifestyle programme for 7 to 13 year olds who are above a healthy weight. It involves two x 1- or 2-hour sessions every week for ten weeks) and number of parents accessing HENRY (healthy lifestyle programmes for families with children under 5). To train early years practitioners who work with families in HENRY core training enabling them to support mums on a 1:1 basis. Achievement \u2013 76 practitioners have received HENRY Core training and review of child weight management commissioning intentions carried out",
        "High Impact\nImproved health and well being outcomes for children and young people in the Borough",
    ],
    [
        "Procurement/Partnership (if project due to be carried out by contractors/partners etc, identify steps taken to ensure equality compliance)",
        "",
        "To enable West Cheshire Children\u2019s Trust commission services to achieve outcomes against its priorities an agreement between Cheshire West and Chester Council, NHS Western Cheshire and West Cheshire Clinical Commissioning Group to work together to develop an integrated investment unit for children and young people. The unit will work in close partnership with Vale Royal Clinical Commissioning Group (operational by April 2013)\n"
        "There will be a delivery sub group of the trust responsible for each priority in the Children and Young People's Plan. The Children's Trust Board will review each priority and deliverable outcomes on a quarterly basis. These reviews will be led by an Independent Chair.",
        "",
    ],
]

# Equality Analysis action plan (seed lines 705-714). "^" = merged with the cell above.
EA_ACTION_HEADER = [
    "Actions required",
    "Key activity",
    "Priority",
    "Outcomes required",
    "Officer responsible",
    "Review date",
]
EA_ACTION = [
    [
        "Early Support Strategy",
        "Evaluate and test early intervention models that make a difference",
        "High",
        "Operationalise early intervention models",
        "Ali Stathers-Tracey",
        "January 2013",
    ],
    [
        "Early Support Strategy",
        "Commission new model of early intervention with families",
        "High",
        "Families are receiving appropriate early intervention",
        "Ali Stathers-Tracey",
        "April 2013",
    ],
    [
        "Narrow the attainment gap for boys",
        "Identify schools/settings where boy's attainment is lower than girls and intervene and support to improve pupil progress.",
        "High",
        "Improved attainment levels for boys",
        "Mark Parkinson",
        "March 2013",
    ],
    [
        "Narrowing the gap for children who live in more disadvantaged areas in terms of educational/vocational achievement",
        "Identify schools/settings where attainment of free school meal children is lower than attainment for non FSM children. Intervene and support to improve pupil progress agreed and implemented",
        "High",
        "Improved attainment levels for FSM children",
        "Mark Parkinson",
        "March 2013",
    ],
    [
        "Health and Wellbeing",
        "Increased breast feeding rates at 6-8 weeks",
        "High",
        "Normalising of breastfeeding leading to an increase in breastfeeding continuation at 6-8 weeks.. In target area with target groups",
        "Katie Tierney",
        "December 2012",
    ],
    [
        "^",
        "Childhood healthy weight",
        "High",
        "Practitioners provided with the skills to address obesity and healthy lifestyles with families (HENRY & MEND)",
        "Katie Tierney",
        "March 2013",
    ],
    [
        "^",
        "Reduce smoking amongst young people",
        "High",
        "Regular smoking rates amongst 15 year olds reduced to 12% or less by end 2015",
        "Sarah Clein",
        "March 2013",
    ],
]

# Timeline (seed lines 733-741).
TIMELINE_CAPTION = (
    "Timeline for completion of Plan \u2013 To expand with details of wider consultation"
)
TIMELINE = [
    ["Activity", "Timeline"],
    ["Format and emerging priorities presented to Children's Trust Executive", "27 April 2012"],
    ["Draft Plan considered by Children's Trust Board", "25 May 2012"],
    [
        "Endorsed/amended Plan out to consultation with LSCB, Area Partnership Board, PDB, C&YP Directorate DMT, partner agency staff, the Voluntary Sector Hub, Children and Young People's Participation Group, parent groups",
        "June 2012",
    ],
    ["Online Consultation on plan launched", "September 2012"],
    [
        "Children and Young People's Plan submitted to CWaC Executive for information",
        "November 2012",
    ],
    ["Sign-off and Publication of Children and Young People's Plan 2012-15", "October 2012"],
]
