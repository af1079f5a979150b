# ruff: noqa: E501
"""Seed 003: Stoke-on-Trent Children, Young People and Families Plan 2016-2020.

Text copied from samples/seeds/003-stoke-on-trent-cyp-plan-2016-20.txt. In the indicator grids a
cell "^" means "the value above continues here" (a vertically merged cell), exactly where the seed
shows one Outcome / Measure / baseline / target covering several rows. The summary table is one
table (the seed shows it split over two pages with its header repeated); the one misplaced Outcome
cell of the seed's second part is put back in the Outcome column.
"""

AUTHORITY = "Stoke-on-Trent"
SEED = "003"
TITLE = "Children, Young People and Families Plan 2016-2020"

FLOW = r"""
** Stoke-on-Trent Children and Young People's Strategic Partnership
TITLE Children, Young People and Families Plan 2016-2020
This plan was developed in partnership between the Stoke-on-Trent Children and Young People's Strategic Partnership Board and the Stoke-on-Trent Health and Wellbeing Board with input from wider partners including private and voluntary providers and organisations.
We would like to thank all partners and individuals who have helped to develop this plan and identify priority areas which we believe will improve the lives of children and young people living in Stoke-on-Trent, especially those who are vulnerable.
** Children and Young People's Strategic Partnership Board
[[board]]
H1 Foreword from the Chair
It gives me great pleasure to be writing the foreword for this, our new Children, Young People and Families' Plan for 2016-2020. Stoke-on-Trent is a city with a great many strengths and lots of potential, with none being so important as our children and young people. This is their city and making sure that our children and young people are enabled to reach their full potential and have every chance to achieve their dreams is absolutely fundamental to the future of this city. Our children have told us about their aspirations for the city and the things that are important to them - they've told us they want a city that they can influence, where they have a great education and good jobs; a city that is clean and attractive, where people are healthy and feel safe; a city where they have the opportunity to enjoy great facilities and leisure opportunities.
All of the partners that contribute to the Children and Young People's Strategic Partnership are key to making this happen, both through the work of the Board and also as organisations and individuals. We're calling on everyone in the city to play their part in supporting our priorities so that together we can make a difference and later in the plan you will see examples of how we can all help to contribute.
Throughout our plan our focus will be to reduce inequalities, to improve services and make them as accessible as possible, and above all improve outcomes so that all children and young people have the very best start so that they can go on to be happy, successful adults.
Councillor Janine Bridges - Chair of the Board
===page
H1 Introduction
Our Children, Young People and Families' Plan for 2016-2020, builds on the strengths of our earlier plans and achievements to date by the Stoke-on-Trent Children and Young People's Strategic Partnership. The plan is the defining statement of strategic planning and priorities for children and young people in the city and is led by the Children and Young People's Strategic Partnership Board, as senior representatives of the wider Children and Young People's Strategic Partnership.
This plan will help to ensure that resources and contributions of partners in improving outcomes for children, young people and families are deployed in a strategic, efficient and co-ordinated way at a time of rising need and budget pressures.
Our vision continues to be that all children and young people in the city are happy, safe and healthy, inspired and enabled to succeed.
Good progress has been made and we have delivered many of our headline achievements set out in our Children, Young People and Families' Plan 2013-2016 including:
- Providing access to free early education for more than 4,000 eligible two year old children.
- Remodelling our children's centres and extending their age range to 0-11 year olds.
- The rebuilding and refurbishment of 18 secondary and special schools.
- Improving Key Stage 1 attainment in each subject (2014) to narrow the gap between city and national figures.
- Establishing our 'Stoke Reads' programme for parents.
- Creating an on-line hub of information about things to do for young people in the city, known as 'Shout out Stoke' (shoutoutstoke.org.uk)
- Exceeding our target to provide access to our Aiming High Short Breaks programme for children with disabilities.
- Piloting and launching our innovative Cooperative Working programme.
- Working with 835 families to turn their lives around as part of phase one of the national Troubled Families Programme (locally known as Families Matter).
- Reducing the numbers of young people not in education, employment and training in Year 12.
But there is still much more to do. Many health outcomes for our children and young people, whilst showing signs of improvement are not improving at the rate that we want, or need, them to be. For example:
- Infant mortality (deaths amongst infants during the first year of life) is a key indicator of the population's health. Tragically, infant mortality rates are worse than the England average, at 6.7 compared to 4.0 per 1000 live births.
- Teenage conceptions are almost double the national rate.
- One in ten 4-5 year olds are obese by the time they reach primary school and by the time they are 10-11 years old this figure has doubled to one in five.
- Around a quarter of the city's children and young people are living in poverty (approximately 14,810), with child poverty set to increase by 2020.
Recent years have seen significant improvement in pupil outcomes within the primary phase. Improvement has been slower at Key Stage 4 and there remains more to be done to continue to raise standards across all key stages. We know that inequalities still exist, and following the national pattern, more children and young people require support for emotional health needs.
That is why, alongside a context of changing national policy, our priorities are to:
@priority That is why, alongside a context of changing national policy, our priorities are to
- Reduce the impact of Child Poverty
- Make a positive difference for children and young people through Parenting
- Provide Early Help and support for children and families that need it most
- Improve Emotional Wellbeing and Mental Health
We will work jointly with the Adults Strategic Partnership to:
@priority We will work jointly with the Adults Strategic Partnership to
- Prepare young people for adulthood
- Improve skills and employability
This is not an exhaustive list of everything, as individual organisations, we will do to improve outcomes for children in the city, but these are the priorities where we believe we can have the biggest impact if we tackle them together. Our priorities and areas of focus are founded on evidence from the Joint Strategic Needs Assessment (JSNA – available at stoke.gov.uk/JSNA) and have been shaped by feedback from engagement and consultation with children, young people, the wider partnership and the general public.
Ensuring that all children and young people reach their potential, are safe and healthy and go on to succeed as adults making a positive contribution to society drives everything that we do as a partnership. We are acutely aware that the transition process into adulthood, whilst difficult for all, is made harder when the child or young person is leaving the care system or has an additional need or disability.
We believe that working collectively as a city, and that means all of us – the city council, NHS, the Fire and Rescue service and the Police; schools and academies, the voluntary and community sector, local businesses, local media in the city and above all, all of us as parents, children and young people, families, friends, neighbours – that if we all do our bit, however big or small, together we really can make a difference.
Education, and how well we do at school, has a huge impact on our overall health and wellbeing, as a child and for the rest of our lives, and whilst education outcomes are improving in some areas they are still not where we want them to be. To tackle this we need the best schools, teachers, support staff and governors. We also need to work together as a partnership, with parents and the community being absolutely crucial to success. The priorities in our plan, including our work on improving health and wellbeing, improving school attendance, literacy and numeracy, reducing the impacts of poverty and providing Early Help to families who need it will all work towards ensuring that our children and young people have the right building blocks in place to be ready to learn, thrive and achieve.
In short we want to do everything we can so that children and young people in the city have much better outcomes and life chances.
In delivering our plan, we will ensure that we contribute towards improving the outcomes set out in the overarching Stoke-on-Trent Joint Health and Wellbeing Strategy. The Children and Young People's Strategic Partnership has a key role in supporting the Health and Wellbeing Board to improve health and wellbeing and as such the priorities we have chosen for this plan and our wider partnership network will help to drive these forward. We will also work closely with our colleagues in the Adults Strategic Partnership to ensure that we jointly improve outcomes for young people as they move into adulthood and where we can collaborate to work with parents and families.
The priorities set out in our plan support the vision of the new administration elected by residents of the city in May 2015, 'Stronger Together: Working together to create a stronger city we can all be proud of'. As a partnership, we remain committed to ensuring that the views of residents are central to our decision making process. Engagement activity with children and young people in particular, will continue to be reported to the partnership on a regular basis.
There are a number of principles that underpin all of our strategic partnership priorities and will inform the actions to deliver them. We will:
- Proactively promote personal responsibility.
- Make sure that prevention, early intervention and promoting independence are at the core of what we do.
- Involve communities in shaping services to address needs and encourage community leadership.
- Make sure we explain things clearly.
- Work together so people can access our services easily.
- Ensure that we have a strong focus on efficiency and value for money.
Working together to keep our children and young people safe remains crucial and we will continue to ensure that the work of our strategic partnership complements the work of the Stoke-on-Trent Safeguarding Children Board and Staffordshire and Stoke-on-Trent Adult Safeguarding Partnership Board. Our strategy and plans will contribute towards the delivery of the Stoke-on-Trent Community Cohesion and Integration Strategy. Additionally, the Prevent duty has been embedded into practice across all local schools, colleges and registered childcare providers.
To ensure that we remain thoroughly focussed on improving outcomes for children and young people, this plan will remain a 'living' document, reviewed annually to ensure that progress, and continued relevance, is accurately reflected throughout the lifecycle of the plan.
H1 About Stoke-on-Trent
Stoke-on-Trent is a great city with strong community pride, a rich heritage and huge potential. The city is home to a rising population of more than 250,000 people, which includes over 61,000 children and young people (0-19).
The city is changing, with new housing and retail developments, state of the art learning facilities and a University Hospital. Unemployment is falling, and our economy is growing – from 2009 to 2014 Stoke-on-Trent saw a 29% growth. The city has been awarded European City of Sport Status for 2016 and has recently been confirmed as an Enterprise Zone for Ceramic Valley.
H1 Children and Young People's Strategic Partnership
The Children and Young People's Strategic Partnership is made up of a number of organisations in the city who have a strong commitment to work together to improve outcomes for children, young people, parents and carers. The partnership is led by the Children and Young People's Strategic Partnership Board and includes representation from the city council, schools and academies, health partners, Safeguarding Children Board, the Police and the voluntary and community sector amongst others.
Section 10 of the Children Act 2004 places a duty on local authorities and certain named partners (including health) to co-operate to improve children's wellbeing. The Child Poverty Act 2010 also requires local authorities and partners to reduce and mitigate the impacts of child poverty. In Stoke-on-Trent, the Children and Young People's Strategic Partnership Board is the key partnership to deliver these requirements.
The Children and Young People’s Strategic Partnership Board is a key underpinning group of, and accountable to, the Stoke-on-Trent Health and Wellbeing Board.
The Children and Young People’s Strategic Partnership Board works alongside other partnership groups that report to the Health and Wellbeing Board (namely the Adults Strategic Partnership and the Responsible Authorities Group) and will work closely with the Stoke-on-Trent Safeguarding Children Board.
The purpose of the Board set out in its Declaration of Purpose and Governance Arrangements is to, through leadership of the Board, deliver measurable improvements on outcomes for children, young people and their parents/carers by working together more efficiently, both strategically and operationally and by co-ordinating all resources with a specific focus on:
- Targeting efforts on reducing poverty and closing the gap, and
- Demonstrating clear added value through collaboration.
The following diagram clearly shows the relationships and communication channels in place between the Health and Wellbeing Board and the strategic partnerships.
===page
H1 Priority – Reduce the impact of Child Poverty
Our aim is for all children, young people and families to be happy, healthy and have the resilience they need to live well with access to equal opportunities regardless of background.
H2 Why is this important?
- Children living in poverty have worse outcomes than those children from more affluent families. This includes children's social, personal and educational development. When they become adults, these children are statistically more likely to have lower qualifications, become unemployed, suffer ill health and have decreased life expectancy. Poverty is not only an issue for non-working families; it also affects those with low earnings. In the current economic climate the situation is predicted to worsen as job security becomes a more prominent issue.
- Children and families living in poverty often go without some of the things that are considered essential such as quality affordable food, appropriate clothing and a suitably heated home environment. This affects their general, emotional and mental health as well as their ability to learn and succeed.
- Child poverty does not have one single cause or effect. It is a complex issue that is caused by, and has an effect on, a wide variety of health and social factors both locally and nationally.
H2 Where are we now?
- The latest edition of the Indices of Deprivation (2015) ranks Stoke-on-Trent as the 14th most deprived district in England – out of 326 districts - compared with its previous rank of 16th.
- Income deprivation affecting children in the city is now ranked as 26th most deprived compared with 31st on the 2010 index.
- Based on a snapshot, as at 31st August 2013, there are 14,810 children and young people living in poverty (low-income families) in the city, which is 25.4% of the 0-19 population. The initial reduction in poverty seen from the figures reported between 2010 (27.8%) and 2012 (25.5%) has slowed over the last year. Comparing this to national figures, the latest information shows 18.1% of the 0-19 population in England and Wales and 20.7% in the West Midlands are considered to be living in poverty.
- The percentage of children living in low income families in the city has decreased consistently in line with national figures since 2009. Despite this, there is still a considerable gap with the national rate. When looking at inequalities, more than 40% of our children are living in low income families in some of our most disadvantaged areas compared to just over 3% of our children living in more affluent areas of the city.
- A significant number of children have received a food parcel from Stoke-on-Trent foodbanks since they were launched in 2012.
H2 What are we going to do?
- Drive forward our other partnership priorities to make a positive difference to children and young people through parenting, provide Early Help and support for children and families that need it most, improve emotional wellbeing and mental health, prepare young people for adulthood and improve skills and employability to reduce and mitigate the impact of child poverty.
- Work with schools, school governors, communities and families to promote and extend best practice in closing the gap between pupil premium children and their peers.
- Identify and ensure that families who need immediate help are able to access appropriate services, for example foodbanks, free school meals and free college meals.
- Analyse the use of short term support services, such as foodbanks, in the city and take strategic action to address the findings.
- Implement approaches to tackle the issue of children who go hungry during the school holidays.
- Maximise how the wider partnership can identify and help families, including those impacted upon by welfare reform.
- Improve our Information, Advice and Guidance services so that families and practitioners have access to information to support families experiencing hardship.
- Ensure that parents are supported into work to lift their families out of poverty, leading their families by example.
- Ensure that communication is robust between all partners and agencies working to support families.
H2 Other ways that partners can help make a difference
- Develop the Stoke-on-Trent transport network
- Stoke-on-Trent Child Care Sufficiency Assessment
- Digital Inclusion
- Education and training providers work together to ensure easy access to information, advice and guidance for further education.
H2 What difference will we make by 2020?
[[poverty]]
H2 Underpinning plans and strategies
Hardship Commission Summary – Stoke-on-Trent Fuel Poverty Strategy (under development)
===page
H1 Priority - Make a positive difference to children and young people through parenting
Our aim is for all parents (by parent we mean prospective parents; fathers as well as mothers; non-resident parents; foster parents; those with parental responsibility and others with care of a child such as grandparents) to be confident and knowledgeable, possessing the skills they need to nurture and encourage their children. As a result, all children will be able to thrive, flourish and be able to successfully manage their behaviour, forming strong attachments and positive relationships within their immediate family circle as well as the wider community. Children will be curious about the world around them and ready to learn and achieve well.
H2 Why is this important?
- The family is the first and most important influence of all in the foundation years. Children growing up with a healthy, stable, nurturing environment are more likely to achieve better outcomes later in life.
- So many of the early influences on a child relate to the family setting in which they grow up. When things go wrong, we know that this can increase the risk of poor outcomes in later life.
- Family breakdown and other risk factors such as worklessness, educational failure, mental ill health or drug and alcohol dependency can feed off one another, compounding their effects, and lead to outcomes that can be very damaging for those affected and costly to society as a whole.
H2 Where are we now?
- Infant mortality (deaths amongst infants during the first year of life) is a key indicator of the population's health. Tragically, infant mortality rates are worse than the England average, at 6.7 compared to 4.0 per 1,000 live births.
- Breastfeeding rates at initiation (62.8%) and maintenance at 6-8 weeks (34.1%) are significantly lower in the city than national rates (74.3% and 43.6% respectively).
- In 2013/2014 there were 744 obese 4-5 year olds and 889 obese 10-11 year olds recorded in the city.
- The city currently has the highest under 18s conception rate out of the 152 upper tier local authority areas in England.
- One in four children and young people in the city are deemed to be living in poverty (approximately 14,810).
- 70% of referrals for family support in the city related to parenting.
- In addition to the 'Good level of development' measure, inequality between the lowest 20% achievers and the median is also measurable. Within the city the inequality gap is 42.9% compared to 33.9% nationally. The gap in the city increased by 1.4% between 2013 and 2014 whilst nationally a 2.7% decrease was observed.
- Although we have seen improvements in pupil attendance in recent times, the level of attendance is still of some concern, particularly within some schools and across some parts of the city.
- A speech and language prevalence study in 2013 indicated that approximately 46% of children are entering schools in the city with delayed comprehension and 54% with delayed expressive language.
H2 What are we going to do?
- Ensure that every child, regardless of background, is able to access early years services, including specialist services as part of the school readiness strategy where required, to make a positive, confident and well planned transition into school.
- Gather a clear and thorough understanding of local parenting needs and shape local services to provide a range of timely, evidence based and relevant support packages.
- Work with partners, including parents, to develop clear and consistent parenting messages, ensuring that messages are accessible to all parents, and shared amongst peers.
- Provide timely and appropriate information that is readily available to all parents, at every level; including helping them to understand what they need to know (particularly parents who have English as an additional language).
- Work together to maximise opportunities parents have to be involved in their children's learning and development, including optimising any new resource initiatives and policy areas implemented by the Government.
- Raise the aspirations of all, so that the needs of all students are fully met, enabling them to flourish and continue their learning journey.
- Contribute to the delivery of the Joint Health and Wellbeing Strategy particularly in relation to the following priorities - increase breastfeeding; make healthy weight the norm and control tobacco and reduce smoking (specifically in pregnancy).
H2 Other ways that partners can help to make a difference
- Implement and deliver the 'School Readiness' Strategy (July 2015).
- Respond to changes under the new 'Common Inspection Framework'.
- Develop and deliver training and bespoke support packages, in response to the Common Inspection Framework, aimed at improving assessment, tracking, teaching and learning.
- Increase the take-up of early education entitlement for two, three and four year olds.
- Focus expansion of the childcare market in identified areas of need.
- Continued delivery of Stoke Speaks Out training to ensure early identification of speech and language needs.
- Promote the importance of reading to families. Enable parents to share books with their children by promoting use of libraries and children's centres to help children and young people develop skills and reach their potential.
H2 What difference will we make by 2020?
[[parenting_1]]
[[parenting_2]]
H2 Underpinning plans and strategies
Stoke-on-Trent Healthy Weight Strategy (incorporating the Breastfeeding action plan)
Improving Education Strategy (under review, planned publication date May 2016)
Improving School Readiness 2015-17 (incorporating speech and language improvement)
===page
H1 Priority – Provide Early Help and support for children and families that need it most
Our aim is that children and families are supported early in the life of a problem so that children can achieve their potential, and so that they and their families live happy, safe and healthy lives.
H2 Why is this important?
- We know that intervening early in the life of a problem prevents and reduces the need for intensive, specialist help. Providing support to meet the needs of vulnerable children and families at the earliest opportunity results in better longer term outcomes.
- Local authorities, under section 10 of the Children Act 2004, have a responsibility to promote inter-agency co-operation to improve the welfare of children.
- Providing Early Help is more effective in promoting the welfare of children than reacting later. Early Help means providing support as soon as a problem emerges, at any point in a child's life, from the foundation years through to the teenage years.
- It is a requirement for local areas and partnerships to have in place effective ways to identify emerging problems and potential unmet needs for individual children, young people and families. This requires all professionals, including those in universal services and those providing services to adults with children, to understand their role in identifying emerging problems and to share information with other professionals to support early identification and assessment.
- With the correct level of understanding of the established threshold criteria in the city the right help is given to children and families at the right time.
H2 Where are we now?
- Around a quarter (14,810) of the children and young people in the city currently live in poverty.
- Between July and September 2015 there were 909 Early Help cases open in Cooperative Working teams.
- 6,595 contacts were received from September 2015 to December 2015 by the Children's Social Care Advice and Referral Team; an increase of over 250 compared to the previous quarter. One in five of these contacts results in a social care assessment being completed.
- Stoke-on-Trent currently has the highest conception rate for under 18s out of 152 upper tier local authorities in England.
- Categories of reported anti-social behaviour in Stoke-on-Trent remain in line with other areas and authorities in Staffordshire. Over 80% of reported anti-social behaviour is categorised as either 'Rowdy and Inconsiderate Behaviour' (65%) or 'Neighbour Disputes' (17%).
- There is a higher rate of recorded domestic abuse incidents in the city than either nationally or regionally.
- Cannabis and alcohol remain the substances likely to be used by young people, but there are an increasing number of young people being supported for the use of Novel Psychoactive Substances.
- There has been improvement in school attendance, although we still remain below the national average. Increasing attendance will help children and young people achieve better education outcomes and it supports partners to safeguard children's welfare.
H2 What are we going to do?
- Ensure that the most vulnerable children have access to free childcare and education places by targeting both hard to engage families and those already engaging with partners.
- Embed phase two of the Troubled Families programme (known locally as Families Matter) to a wider range of families who will meet a broader eligibility criteria.
- Implement the School Readiness plan so that children receive the social, emotional, and physical support they need throughout all stages of development to allow them to fully prepare for education and learning at all levels.
- Embed the Cooperative Working model, offering a more joined up and co-ordinated approach to supporting individuals and families who only need to tell their story once and receive tailored support which meets their needs at the right time and place.
- Provide clear leadership and embed a shared culture and approach to Early Help across the city focusing on engagement of all partners, thresholds, workforce development and quality assurance.
- Re-launch our access points for services.
- Contribute to a partnership approach to reduce under 18s conception rates.
- Build on our understanding of need in relation to Early Help and vulnerability so that commissioning can be strengthened in relation to preventative and intervention services.
- Work together to raise awareness, and to reduce vulnerability, including activity to build resilience in young people.
H2 Other ways that partners can help to make a difference
- Deliver universal and targeted support through collaborative working models and children's centres.
- Work as a whole city to make sure children and young people are consistently attending school and early years settings.
H2 What difference will we make by 2020?
[[early_help_1]]
[[early_help_2]]
H2 Underpinning plans and strategies
- Early Help Assessment
- Safer City Partnership Plan 2014/17
- Domestic Violence and Abuse Procedure and Domestic Abuse Strategy
- Improving School Readiness 2015-17
- Youth Offending Services Strategic Plan
- Troubled Families Outcome Plan
- Reducing under-18s Conception Strategy 2016-19 and supporting action plan
===page
H1 Priority – Improve emotional wellbeing and mental health
Our aim is for all children and young people to be emotionally healthy and resilient and that they, and their parents/carers, have access to information, guidance and advice to maintain good emotional wellbeing – ensuring that where they need help with mental health issues they are supported to manage their conditions.
H2 Why is this important?
- It is estimated that one in ten children and young people between the ages of 5-16 will experience a clinical diagnosable mental health issue, increasing in likelihood as young people enter adolescence and early adulthood.
- People with mental health issues are less likely to have a job, stable housing and their life expectancy is lower.
- The National Mental Health Strategy (2011): ‘No Health without Mental Health’ places a requirement for local areas to improve access to, and the delivery of, mental health services with better outcomes for individuals with mental illness and their carers, and to improve the mental health and wellbeing of the population, including those recovering from a mental illness.
- Further national guidance (2015) ‘Future in Mind’ sets out the imperatives to promoting resilience, prevention and early intervention; improving access to effective support – a system without tiers; care for the most vulnerable; for accountability and transparency and to develop the workforce.
- Children and young people need to be supported to develop good emotional wellbeing and secure attachments. There needs to be wider and easier access when issues are beginning to emerge with more support to frontline practitioners and parents to intervene and support young people.
H2 Where are we now?
- Poor emotional wellbeing and mental health issues can lead to a lifetime of poor outcomes.
- Local data shows an increase in demand for services (number of referrals) year on year although it is not clear if this is an increase in need.
- Local data suggests too many young people are presenting at Child and Adolescent Mental Health Services (CAMHS) Tier 3 (CAMHS Needs Assessment 2014). Risk and preventative factors are identified in the CAMHS Needs Assessment.
- Increase in numbers requiring an inpatient admission in 2014/2015; however it is too early to determine if this is a trend or a one-off.
- There are gaps in local data as to how many young people are living in a household where an adult has a mental health issue.
- Particular pressures around dual mental health/ learning difficulties with gaps in provision for CAMHS Learning Disability psychiatry.
- Our looked after population and young offenders experience a high level of need.
H2 What are we going to do?
- Deliver on the Staffordshire and Stoke-on-Trent CAMHS Local Transformation Plan which encompasses the Emotional Wellbeing and Mental Health of Children and Young People from birth to 18 years, Stoke-on-Trent Commissioning Strategy 2015-18 and its priorities and commissioning intentions.
- Embed our CAMHS Hub and internet based accessible advice and guidance website 'Upside' so that it is accessed and used by young people, practitioners and parents to identify support needs early.
- Ensure additional investment, from CAMHS Local Transformation Plan, is made to address waiting times at early intervention and where a clinical input is required.
- Implement our new CAMHS care pathways to start to reduce the waiting list.
- Ensure high quality interventions and support for complex needs and vulnerable groups, such as children in care/care leavers, children and young people with multiple issues, learning disabilities, behavioural issues and mental health.
- Work with our partners in Staffordshire in developing our strategic overview and commissioning practice.
- Continue to work with adult mental health commissioners to co-ordinate approaches to working with children and young people who need support into adulthood and adults with mental health needs who are parents.
H2 Other ways that partners can help to make a difference
- The city council will provide the strategic lead commissioner role for CAMHS and support schools to improve attachment awareness and develop emotional wellbeing and mental health strategies.
- North Staffordshire Combined Healthcare NHS Trust will implement Increasing Access to Psychological Therapies (IAPT) and implement mental health National Minimum Dataset.
- Stoke-on-Trent Clinical Commissioning Group will liaise and influence the Specialist Commissioning Team at NHS England.
- Wider partners are encouraged to familiarise themselves with the 'Upside' website and promote as a resource to the services and families that they work with.
H2 What difference will we make by 2020?
[[emotional]]
H2 Underpinning plans and strategies
Emotional Wellbeing and Mental Health of Children and Young People from birth to 18 years. Stoke-on-Trent Commissioning Strategy 2015-18.
Future in Mind : Promoting, protecting and improving our children and young people's mental health and wellbeing.
Staffordshire and Stoke-on-Trent Local Transformation Plan for Children and Young People's Mental Health
===page
H1 Priority – Prepare young people for adulthood
Our aim is for children and young adults to lead happy, healthy and fulfilled lives, with choice and control over their support and successful preparation for adulthood including independent living and employment. We want to make sure that in particular, children and young adults with special educational needs and/or disabilities, and those leaving care, receive the right support at the right time.
This is a shared priority with the Adults Strategic Partnership Board.
H2 Why is this important?
- The process of transition can be a vulnerable and stressful time for young people and their families. Often, they stop receiving services that they have had from a young age and move on to equivalent adult services (subject to criteria being met) which are often delivered and funded very differently.
- With the introduction of a new statutory framework, education, health and social care services will work together to provide support for children and young people up to the age of 25, who have a special educational need or disability (SEND). The Education, Health and Care Plan (EHC) brings education, health and social care needs into a single, legal document.
- The Children and Families Act (2014) and the Care Act (2014) are designed to work in partnership to enable us to prepare children and young people for adulthood from the earliest possible stage, including their transition to adult services. We have a responsibility to ensure that services co-operate, the right information and advice is available and that timely assessments can be carried out jointly. It is crucial that the young person, their parents/carers and professionals are supported to work together to ensure a successful transition.
- Those leaving care often struggle to cope with the transition into adulthood. They may experience social exclusion, unemployment, health problems or end up in custody. Care leavers often have to start living independently much earlier than their peers.
H2 Where are we now?
- Over 1,500 children and young people with Special Educational Needs (SEN) have an Education, Health and Care plan or formal Statement of SEN in the city.
- 7.57% of school pupils in the city have an identified learning disability (2,828 children and young people). This is a significant increase from 2014 (4.26% and 1,570 respectively).
- More than one in five children or young people have, or may have, a special educational need.
- Data records show that 5.3 adults (aged 18-65) per 1,000 in the city are known to the local authority with a client type 'learning disability'.
- Outcomes for young people with SEN are worse than their peers in a number of areas, for example, there is an increased risk of exclusion and absence from school.
- Anecdotally parents and young adults tell us that transition is difficult.
- There is currently a much higher demand for the Aiming High programme than previously experienced.
- There are currently 260 care leavers in the city, of which 170 are aged 18 or over.
H2 What are we going to do?
- Commissioners and providers will make 'choice and control' a reality by listening to, involving and learning from young people and their families to gain clear understanding of what they want/need from support services including transition pathways.
- Follow the new legislative framework, and national guidance, so that young people are appropriately supported through their transition with all their education, health and social care needs.
- Encourage services to improve co-ordination across education, health and social care and work closely with parents/carers so that individual needs of children and young people with SEND are met and delivered in a way so that families and young people report that they have had a positive experience.
- Offer high quality personalised provision which ensures good educational progress, health and care which allows timely preparation for independence into adulthood and employment.
- The Local Offer will continue to be developed, delivered and promoted, ensuring that information, advice and guidance is clear, transparent and accessible.
- Ensure that plans written for education, health and care needs are aspirational, with clearly defined outcomes and goals.
- Ensure effective data sharing arrangements are in place to enable more collaborative planning.
- Launch Hazel Trees as the new co-located hub and assessment centre, offering co-ordinated services for families of children with special educational needs and/or disabilities aged 0-25.
- Ensure all services 'Think 14-25' and do not place artificial barriers on age.
- Develop a multi-agency transition policy ensuring pathways are clear, transparent and accessible.
- Utilise the skills and knowledge across the partnership to support care leavers transition into adulthood.
- Continue to improve outcomes for all pupils - including closing the gap for vulnerable pupils, children and young people with SEND in mainstream education, higher attaining pupils, free school meal/pupil premium pupils and care leavers.
H2 Other ways that partners can help to make a difference
- Ensure all aspects of the SEND reforms are fully implemented.
- GPs to be more involved at an earlier stage in planning for transition.
- Services must be tailored to meet the needs of young people transferring from children's health services and include extra training for health care staff in caring for young people.
- Children and adult social care will continue to operate an enhanced transition model, so that young adults and their families are supported throughout the transition process, underpinned by a person centred planning and enablement approach.
H2 What difference will we make by 2020?
[[adulthood]]
H2 Underpinning plans and strategies
SEND Commissioning Strategy
Transition Task and Finish Review – Staffordshire and Stoke-on-Trent Adult Safeguarding Partnership Board
Stoke-on-Trent Whole Life Disability approach, now known as Enhanced Transition
===page
H1 Priority – Improve skills and employability
Our aim is that everyone who can and wants to work has the right support, advice and guidance to do so and once in work people are able to progress their career, reskill, upskill and achieve a good quality of life.
This is a shared priority with the Adults Strategic Partnership Board.
H2 Why is this important?
- Getting people into sustainable, quality work is of critical importance for reducing health inequalities.
- Long-term unemployment is damaging to individuals and communities; it affects mental and physical health, and holds back economic growth.
- Out of work older people can find it more difficult to get a job and are more likely to remain unemployed for longer.
- For young people, securing that first foothold into a good career is a lot harder than it used to be as opportunities to combine work and study decline.
- Higher than average rates of people claiming out of work benefits increase the risk of negative impacts from the welfare reforms.
- Lack of skills and qualifications prevent local residents from securing more sustainable and better paid employment.
- Low skill levels dissuade potential inward investors from locating in the city because they believe they will not be able to recruit a suitably qualified workforce.
- Children in care enter the care system already a long way behind their peers, and therefore too many leave education without the requisite qualifications.
- The number of care leavers who are not engaged in education, employment or training is too high.
- Vulnerable people without employment, because of their overall vulnerability, are particularly at risk of homelessness as well as poor physical and mental health and wellbeing.
- Adult education is essential to competitiveness and employability, social inclusion, active citizenship, and personal development, and provides an important first step back into second chance learning for many adults.
- Informal carers make up over 12% of the workforce in Stoke-on-Trent. Through a national survey, over a quarter of all carers reported that their ability to take up or stay in work has been affected by their caring responsibilities, with nearly 40% having to leave work completely and over a third having to reduce their hours.
H2 Where are we now?
- The proportion of people in higher paid occupations is less than 75% of the national rate.
- Employment in routine (unskilled) occupations is approaching double that seen across England.
- Almost 15% of households in the city experience fuel poverty.
- The rates of people claiming out of work benefits remain 1½ times the national average.
- Despite continuing economic growth over the past six years, the Employment and Support Allowance (ESA) claimant count has remained broadly unchanged as a percentage of the city's workforce while the proportion of Job Seekers Allowance (JSA) claimants and workless lone parents has reduced.
- Since 2011, Stoke-on-Trent has seen an 88% reduction in the proportion of school leavers ending up Not in Education, Employment or Training (NEET).
- There are high levels of NEETs within vulnerable groups.
- The city experiences high levels of part-time, low paid temporary jobs.
- Less than 50% of our school leavers have 5 GCSEs, A* to C, including English and Maths.
- Within the working population, the city has more than double the national average of people with no qualifications.
- Children in care and care leavers are given good support to access and maintain education, but only 10-15% gain the benchmark 5 GCSEs, A* to C, including English and Maths.
- Stoke-on-Trent offers a range of accredited adult learning provision, and a wide range of non-accredited adult learning opportunities, held across 130 venues throughout the city.
- A Workplace Health Charter has been developed and implemented.
H2 What are we going to do?
- Develop Stoke-on-Trent City Council into an exemplar employer with the ability to influence.
- Engage businesses more effectively so that they clearly identify and articulate their skills needs, which will then be met by local providers through a responsive and flexible skill offer.
- Improve labour market information so that people understand what jobs are available and the skills they require to be able to secure sustainable, quality employment.
- Develop a cohesive employment strategy for the city which will articulate clear career pathways and implement Pathways to Employment for young people and adults across the city.
- Influence national policy and programmes, such as European Social Fund (ESF) and European Regional Development Fund (ERDF), to ensure that local needs are met.
- Support employers to develop flexible employment policies to support those with specific needs, for example, people with enduring mental health issues, physical/ learning difficulties or those with caring/parental responsibilities.
- Continue to increase the number of 18-24 year olds who gain the skills necessary to secure a job of their choice.
- Increase the number of local people moving into work and securing good quality work.
- Embed the Raising Participation Age (RPA) model and the tracking of client participation.
- Provide support in obtaining ESF funding for 2016-2018 to fill the gap in provision and support for the Risk of NEET Indicator (RONI) and at risk young people groups.
- Ensure there is co-ordinated partnership delivery and improved employer engagement to deliver apprenticeships.
- Participate in the Post 16 area review.
- Develop meaningful activities (formal/informal volunteering, adult learning opportunities, work like activity, skills for employment, etc.) for those not in work, including those experiencing long term unemployment.
- Increase job readiness through Early Help and support for households.
H2 Other ways that partners can help to make a difference
- The Library Service supports families, job-seekers, digital inclusion and helps to upskill the workforce by offering informal learning opportunities.
- Development of a Single Employability Hub through a Transformation Challenge Award.
- The city council and locally commissioned services offer opportunities that meet with the aims and objectives of the Employability & Education Opportunities for Care Leavers Policy.
- Provide good quality apprenticeship opportunities.
H2 What difference will we make by 2020?
[[skills]]
H2 Underpinning plans and strategies
Stoke-on-Trent and Staffordshire Local Enterprise Partnership (SSLEP) Skills Strategy (under development)
SSLEP European Structural Investment Fund (ESIF) Strategy
SSLEP ESIF Commissioning Plan and Prospectus 2014 - 2020
SSLEP Apprenticeship Strategy (under development)
SSLEP Information, Advice and Guidance Framework (under development)
Stoke-on-Trent and Staffordshire Post 16 area review
Hardship Commission Stoke-on-Trent Initial Report 2015
Stoke-on-Trent Employability Strategy (under development)
SSLEP Strategic Economic Plan (March 2014)
Employability & Education Opportunities for Care Leavers Policy
H1 How we will deliver this plan
The Children, Young People and Families' Plan underpins the Stoke-on-Trent Joint Health and Wellbeing Strategy and therefore sits alongside other underpinning plans such as the Adults Strategic Partnership Plan. In seeking to improve wellbeing and tackle the wider determinants of health, the Children, Young People and Families' Plan is closely linked with several other strategic boards, including the Stoke-on-Trent Safeguarding Children Board.
Wherever possible we will align existing strategies, plans and management groups to deliver the priorities in our plan and develop new ones to fill gaps.
H2 Monitoring progress
Nominated strategic champions at senior management level will take responsibility for the high-level progress and performance of each priority and will report to the Children and Young People's Strategic Partnership Board on a regular basis. We will measure our success in meeting our objectives using a mixture of indicators and progress reports to the Board.
The performance management arrangements required to deliver the plan are contained within our Strategic Partnership Performance Management Framework. The framework is crucial to the delivery of the plan's outcomes and is a way for each level of the partnership to hold to account the next level for the delivery of their tasks and targets.
We will produce an annual report showing how we have performed and identifying any areas that we need to review or where we need to take further action. The Health and Wellbeing Board will monitor our progress and take action to ensure that we stay on track.
H2 Resources
The cost of achieving the vision and priorities contained within this plan will be met through existing transformational work programmes and within existing resources.
We recognise the strategy will be delivered during a period of continuing local and national austerity and declining budgets, that is why it is crucial that we work together to maximise the impact that our collective resources have on improving outcomes and reducing inequalities.
===landscape
H1 Stoke-on-Trent Children, Young People and Families' plan 2016-2020
Our vision continues to be that all children and young people in the city are happy, safe and healthy, inspired and enabled to succeed
[[summary]]
For more information on the Children and Young People's Strategic Partnership see our webpages stoke.gov.uk/childrenpartnership
Our Joint Strategic Needs Assessment can be accessed online at stoke.gov.uk/JSNA

"""

# Board members (seed lines 15-31): name | role, no header row.
BOARD = [
    ["Councillor Janine Bridges", "Chair of the Board"],
    ["Councillor Ann James", "Vice Chair of the Board"],
    ["Louise Rees", "Director of Children, Adult and Family Services, Stoke-on-Trent City Council"],
    ["Dr Susie Roberts", "Public Health Directorate, Stoke-on-Trent City Council"],
    ["Councillor Joanne Powell-Beckett", "Overview and Scrutiny representative"],
    ["Sharon King", "Stoke-on-Trent Clinical Commissioning Group"],
    ["Karen Litherland", "JobCentre Plus"],
    ["Dr Joanne Barton", "North Staffordshire Combined Healthcare NHS Trust"],
    ["John Wood", "Chair of the Stoke-on-Trent Safeguarding Children Board"],
    ["Mark Barlow", "Representing Stoke Association of Primary Heads"],
    ["Andrew Stanier", "Representing Stoke Association of Schools, Colleges and Academy Leaders"],
    ["Claire Gaygan", "Representing Sixth Form College and further education colleges"],
    ["Angela Staplehurst", "Staffordshire and Stoke National Probation Service"],
    ["Superintendent Wayne Jones", "Staffordshire Police"],
    ["Melanie Brock", "Staffordshire and Stoke-on-Trent Partnership NHS Trust"],
    [
        "Dr Caroline Groves",
        "University Hospital of North Midlands NHS Trust, Royal Stoke University Hospital",
    ],
    ["Karen Wilson", "Representing Voluntary and Community Sector"],
]

# "What difference will we make by 2020?" grids and the summary table (seed lines 190-645).
POVERTY = [
    [
        "National measures for child poverty will be included in our performance management framework to provide context. The outcomes and measures that feature across all of the priorities in this plan will contribute to a reduction in, and mitigate the impacts of, child poverty.",
        "",
        "",
        "",
    ],
    [
        "Reducing the impacts of child poverty.",
        "% of school age children eligible for free school meals (FSM)",
        "22% (January 2016 census)",
        "A overall reduction in numbers qualifying for FSM (on a consistent basis)",
    ],
    [
        "^",
        "Take up of FSM in Reception and Key Stage 1 (Universal Infant FSM scheme means that all children in this group can access a free school meal).",
        "23.7% were eligible (2,350 children). Of these, 58% accessed a FSM (January 2016 census).",
        "To maximise the number of children choosing to access a FSM",
    ],
    [
        "^",
        "Number of two year old children accessing their entitlement to early education through a targeted approach.",
        "59% (2015) 58% (nationally 2015)",
        "Maintain take up levels above the national rate with a view to further maximising take up",
    ],
    [
        "^",
        "Educational attainment gap for disadvantaged pupils against their peers, at Key Stage 1 and Key Stage 4 (based on FSM eligibility or in the care of the local authority)",
        "Key Stage 1 Level 2B+ Reading - 14.5% (National (N) 14%) Writing - 17.1% (N 18%) Maths - 14.3% (N 14%) Key Stage 4 achieving 5 GCSEs A*-C including English and Maths - 22.4% (N 28%)",
        "Continue positive trend to close the gap with national figures",
    ],
]

POVERTY_HEADER = [
    "Outcome",
    "Measure(s)",
    "Where are we now?",
    "Where do we want to be? (target by the end of the plan)",
]

PARENTING_1 = [
    [
        "All children will make a positive, confident and well planned transition into school.",
        "Number of children accessing their entitlement to early education at age two, three and four",
        "2 year olds – 59% (national 58%, annual data 2015)",
        "Maintain take up levels above the national rate with a view to further maximising take up",
    ],
    [
        "^",
        "^",
        "3 and 4 year olds – 93% (national 96%, annual data 2015)",
        "Improve take up to match, or exceed, national levels",
    ],
    [
        "Children achieve age related development expectations.",
        "% of children who receive a 2-2½ year review",
        "100% of children offered 2-2½ year review",
        "100% offered 95-98% target",
    ],
    [
        "^",
        "% of children who receive a 2-2½ year review using Ages and Stages Questionnaire (ASQ 3)",
        "100% of children offered an ASQ 3 review",
        "100% target maintained",
    ],
    [
        "^",
        "% of children who scored above the ASQ 3 cut off (in all domains) at 2-2½ year review",
        "New data collection system to be developed.",
        "Target to be agreed once data collection system established and baseline identified",
    ],
    [
        "^",
        "Age related expectations at 4 years old (previously ‘good level of development’)",
        "62.7% (National (N) 66%)",
        "Exceed National rates",
    ],
    [
        "Parents are actively involved in their children’s learning and development.",
        "School absence rate (2013/14 Data)",
        "Primary 4.3% (N 3.8%) Secondary 5.9% (N 5.1%) Primary, Secondary and Special 5% (N 4.4%)",
        "Consistently comparative with national average, with ambition to exceed national average.",
    ],
    [
        "^",
        "Persistent absence rate (2013/14 Data)",
        "Primary 2.9% (N 2.1%) Secondary 7.2% (N 5.2%) Primary, Secondary and Special 4.7% (N 3.6%)",
        "Consistently comparative with national average, with ambition to be lower than national average",
    ],
]

PARENTING_1_HEADER = [
    "Outcome",
    "Measure(s)",
    "Where are we now?",
    "Where do we want to be? (target by the end of the plan)",
]

PARENTING_2 = [
    [
        "Children are a healthy weight.",
        "National Child Measurement Programme - Reception",
        "10.9% (2014-2015)",
        "A reduction in the % of children in Reception who are very overweight from baseline",
    ],
    [
        "^",
        "National Child Measurement Programme - Year 6",
        "24.1% (2014-2015)",
        "A reduction in the % of children in Year 6 who are very overweight from baseline",
    ],
    [
        "Women experience healthier pregnancies and babies are healthier.",
        "Smoking at time of delivery (SATOD) rates",
        "19%",
        "16%",
    ],
    [
        "Mothers and babies have improved health as a result of the benefits of breastfeeding.",
        "Breastfeeding rates at initiation (measured by midwifery) and 6-8 weeks (measured by health visitors)",
        "Initiation rates are 62.8% and maintenance at 6-8 weeks 34.1% which are both significantly lower than national rates (74.3% and 43.6% respectively)",
        "A 2% increase per annum in both initiation and maintenance of breastfeeding rates",
    ],
    [
        "All children and young people are supported to achieve their educational potential.",
        "% of Key Stage 1 children working at Level 2B+",
        "Reading 77.6% (N 82%) Writing 69% (N 72%) Maths 77.8% (N 82%) (2015 data for all above)",
        "Strive to close the gap and be in line with national rates",
    ],
    [
        "^",
        "% of Key Stage 2 children working at or above the expected level (4+) in Reading, Writing & Maths",
        "78% (N 80%) (2015 data)",
        "^",
    ],
    [
        "^",
        "% of Key Stage 4 pupils achieving 5+ A*-C grade GCSEs or equivalent including English and Maths",
        "42.8% (N 53.8%) (2015 data)",
        "^",
    ],
]

PARENTING_2_HEADER = [
    "Outcome",
    "Measure(s)",
    "Where are we now?",
    "Where do we want to be? (target by the end of the plan)",
]

EARLY_HELP_1 = [
    [
        "Vulnerable children are enabled to access free childcare and education places",
        "Number of two year old children accessing their entitlement to early education through a targeted approach",
        "59% (2015) 58% (nationally 2015)",
        "Maintain take up levels above the national rate with a view to further maximising take up",
    ],
    [
        "Individuals and families receive tailored support which meets their needs at the right time and place",
        "Number of families supported as part of the national Troubled Families Programme",
        "713 families (December 2015)",
        "* Cooperative Working uses measures and data to ensure people have the appropriate level of support in the right place at the right time and helping people to live their lives well.",
    ],
    [
        "^",
        "Number of households for which an Early Help has been registered (by a partner)",
        "249 of which 143 registered by a partner (Quarter 3 2015-2016)",
        "^",
    ],
    [
        "^",
        "Number of current open Early Help plans (by a partner)",
        "1,242 of which 574 open to partners (Quarter 3 2015-2016)",
        "^",
    ],
    [
        "^",
        "Early Help outcomes",
        "Cooperative working closures by type Resolved (40%) Partially Resolved 12%) Disengaged (16%) Never Engaged (16%) Moved Area (16%)",
        "Improve resolution rates",
    ],
    [
        "^",
        "^",
        "Partner closures by type All needs met (54%) Some needs met (12%) Not Engaged (4%) Escalated to Children's Social Care (8%) Moved Area (0%) Other (22%)",
        "Improve resolution rates",
    ],
    [
        "^",
        "Increase in the number of young carers identified, assessed and their families supported",
        "524 (December 2015) of which 207 are receiving additional support (91.12% average attendance) In 2015 - 90 assessments completed 20 reviews completed 207 referrals to other agencies for additional support",
        "* Please see above",
    ],
]

EARLY_HELP_1_HEADER = [
    "Outcome",
    "Measure(s)",
    "Where are we now?",
    "Where do we want to be? (target by the end of the plan)",
]

EARLY_HELP_2 = [
    [
        "Everyone who comes into contact with children and families will have a clear understanding of threshold criteria and has a role to play in safeguarding children and protecting them from harm",
        "Number of enquiries received by the Advice and Access team (previously Cooperative Working Access Team)",
        "509 (December 2015). Future figures to be reported quarterly following changes in data recording",
        "* Please see above",
    ],
    [
        "^",
        "Outcome of contacts received by the Safeguarding Referral Team (previously the Advice and Referral team)",
        "6,595 contacts (Quarter 3, 2015) of which - 19% further social care assessment",
        "Increase in the % of contacts resulting in further social care assessment",
    ],
    [
        "^",
        "^",
        "9% Early Help plan required",
        "Decrease in the number of contacts resulting in an Early Help plan or no further action",
    ],
    ["^", "^", "72% no further action", "^"],
    [
        "Reduction in the under 18s conception rate",
        "Rate of conceptions per 1,000 females aged 15-17",
        "43.9 per 1,000 females aged 15-17",
        "Improvement in our position in relation to other local authorities",
    ],
]

EARLY_HELP_2_HEADER = [
    "Outcome",
    "Measure(s)",
    "Where are we now?",
    "Where do we want to be? (target by the end of the plan)",
]

EMOTIONAL = [
    [
        "Children and young people with eating disorders and their families/carers can access effective help quickly via a dedicated, NICE compliant, eating disorder service.",
        "Improved waiting times and access Improved outcomes Reduced bed stays for Tier 4",
        "25% cases are NICE compliant",
        "95% cases being rated in accordance with NICE guidelines",
    ],
    [
        "Children and young people have access to community support that can reduce the length of stay in a Tier 4 (inpatient) placement and/or reduce the need for a Tier 4 placement",
        "Enhanced community service with extended hours of operation",
        "No intensive outreach service in place",
        "Intensive Outreach Service in place.",
    ],
    [
        "^",
        "Support to enable young people to remain at home or support early discharge from hospital",
        "^",
        "Timely response to urgent cases and for children and young people presenting with significant mental health issues 24/7",
    ],
    [
        "^",
        "Support to acute paediatric services",
        "^",
        "Fewer children and young people requiring in patient admission (CAMHS) and for those who are admitted, speedier discharge",
    ],
    [
        "Schools are able to support children and young people with emotional wellbeing and mental health issues at an earlier stage",
        "Schools having an 'Emotional wellbeing and mental health strategy' in place",
        "Programme to be established – proportion of schools to be reported",
        "Schools have an 'Emotional wellbeing and mental health strategy' in place Schools are 'attachment aware'",
    ],
]

EMOTIONAL_HEADER = [
    "Outcome",
    "Measure(s)",
    "Where are we now?",
    "Where do we want to be? (target by the end of the plan)",
]

ADULTHOOD = [
    [
        "Children and young adults lead happy, healthy and fulfilled lives with choice and control over their support.",
        "Children, young adults and parent/carers report satisfaction levels Children, young adults and parent/carers report high quality, personalised provision ensuring good educational progress, health and care",
        "To be established - results to be reported",
        "Improvement in reported satisfaction levels (target to be agreed following establishment of baseline data)",
    ],
    [
        "Children and young adults experience positive levels of independence/ independent living, based on their individual requirements, with accommodation that is suitable, safe and meets their needs.",
        "% of care leavers living in suitable accommodation",
        "87.6% (148 young people)",
        "95% of care leavers access suitable accommodation",
    ],
    [
        "^",
        "% of care leavers who have accessed the training flat and move on to suitable accommodation",
        "Baseline to be established",
        "Target to be agreed once baseline has been established",
    ],
    [
        "Children and young adults have a positive experience of education and progress following school/college based on their individual needs and aspirations (Linked to Improve skills and employability priority)",
        "% of care leavers in Education, Employment or Training (EET)",
        "46% EET (December 2015) 61% EET (Nationally 2014-2015)",
        "An overall increase in line with the National average",
    ],
    [
        "^",
        "An increase in the participation of supported internships, employment opportunities and apprenticeships by young people with additional needs.",
        "New measure - baseline to be established",
        "Target to be agreed once baseline is established",
    ],
]

ADULTHOOD_HEADER = [
    "Outcome",
    "Measure(s)",
    "Where are we now?",
    "Where do we want to be? (target by the end of the plan)",
]

SKILLS = [
    [
        "People are upskilled and ready for work.",
        "Number of learners on adult skills programmes.",
        "11,570 (2012/13)",
        "15,000",
    ],
    [
        "^",
        "Proportion of 16-17 year olds participating in education, employment or training",
        "88.3% (June 2015)",
        "Maintain a level that is at least 1% above the West Midlands average (currently 85.2%) and in line with national levels (currently 87.4%)",
    ],
    [
        "People secure employment that provides them with a good quality of life.",
        "Level of JSA claimants (initial twelve month target)",
        "1.8%",
        "1.5%",
    ],
    [
        "^",
        "Level of universal credit claimants (data not yet available) (Note: The above measures will change as people transfer from JSA to Universal Credit)",
        "Baseline to be established",
        "Target to be agreed once baseline has been established",
    ],
    ["^", "Level of ESA claimants.", "10.3%", "8%"],
    [
        "^",
        "Number of apprenticeship starts.",
        "3,230 (2014/15 academic year)",
        "4,353 (2018/19 academic year)",
    ],
    [
        "^",
        "Average gross weekly full time wage levels (resident population)",
        "£433.10",
        "Regional average (currently £492.50)",
    ],
    [
        "Post 16 learning provision meets the needs of learners, business and the economy.",
        "Proportion of employers in Stoke-on-Trent with skills shortage vacancies",
        "5%",
        "3%",
    ],
    ["^", "Proportion of employers in Stoke-on-Trent with skills gaps", "15%", "12%"],
    ["^", "% of vacancies due to skills shortages", "29%", "20%"],
]

SKILLS_HEADER = [
    "Outcome",
    "Measure(s)",
    "Where are we now?",
    "Where do we want to be? (target by the end of the plan)",
]

SUMMARY = [
    [
        "Reduce the impact of child poverty",
        "% of school age children eligible for free school meals (FSM)",
        "Reducing the impacts of child poverty.",
    ],
    ["^", "Take up of FSM in Reception and Key Stage 1", "^"],
    [
        "^",
        "Number of two year old children accessing their entitlement to early education through a targeted approach",
        "^",
    ],
    [
        "^",
        "Educational attainment gap for disadvantaged pupils against their peers, at Key Stage 1 and Key Stage 4",
        "^",
    ],
    [
        "Make a positive difference to children and young people through parenting",
        "Number of children accessing their entitlement to early education at age two, three and four",
        "All children will make a positive, confident and well planned transition into school.",
    ],
    [
        "^",
        "% of children who received a 2-2½ year review",
        "Children achieve age related development expectations.",
    ],
    [
        "^",
        "% of children who received a 2-2½ year review using Ages and Stages Questionnaire (ASQ 3)",
        "^",
    ],
    [
        "^",
        "% of children who scored above the ASQ 3 cut off (in all domains) at 2- 2½ year review",
        "^",
    ],
    ["^", "Age related expectations at 4 years old", "^"],
    [
        "^",
        "School absence rate",
        "Parents are actively involved in their children's learning and development.",
    ],
    ["^", "Persistent absence rate", "^"],
    ["^", "National Child Measurement Programme - Reception", "Children are a healthy weight."],
    ["^", "National Child Measurement Programme - Year 6", "^"],
    [
        "^",
        "Smoking at time of delivery (SATOD) rates",
        "Women experience healthier pregnancies and babies",
    ],
    [
        "^",
        "Breastfeeding rates at initiation (measured by midwifery) and 6-8 weeks (measured by health visitors)",
        "Mothers and babies have improved health as a result of the benefits of breastfeeding.",
    ],
    [
        "^",
        "% of Key Stage 1 children working at Level 2B+",
        "All children and young people are supported to achieve their educational potential.",
    ],
    [
        "^",
        "% of Key Stage 2 children working at or above the expected level (level 4+) in Reading, Writing and Maths",
        "^",
    ],
    [
        "^",
        "% of Key Stage 4 pupils achieving 5+ A*-C grade GCSEs or equivalents including English and Maths",
        "^",
    ],
    [
        "Early Help and support for children and families that need it most",
        "Number of two year old children accessing their entitlement to early education through a targeted approach",
        "Vulnerable children are enabled to access free childcare and education places",
    ],
    [
        "^",
        "Number of families supported as part of the national Troubled Families Programme",
        "Individuals and families receive tailored support which meets their needs at the right time and place",
    ],
    ["^", "Number of households for which an Early Help has been registered (by a partner)", "^"],
    ["^", "Number of current open Early Help plans (by a partner)", "^"],
    ["^", "Early Help outcomes", "^"],
    [
        "^",
        "Increase in the number of young carers identified, assessed and their families supported",
        "^",
    ],
    [
        "^",
        "Number of enquiries received by the Advice and Access team (previously Cooperative Working Access Team)",
        "Everyone who comes into contact with children and families will have a clear understanding of threshold criteria and has a role to play in safeguarding children and protecting them from harm",
    ],
    [
        "^",
        "Outcome of contacts received by the Safeguarding Referral Team (previously the Advice and Referral team)",
        "^",
    ],
    [
        "^",
        "Rate of conceptions per 1,000 females aged 15-17",
        "Reduction in the under 18s conception rate",
    ],
    [
        "Improve emotional wellbeing and mental health",
        "Improved waiting times and access",
        "Children and young people with eating disorders and their families/carers can access effective help quickly via a dedicated, NICE compliant, eating disorder service.",
    ],
    ["^", "Improved outcomes", "^"],
    ["^", "Reduced bed stays for Tier 4", "^"],
    [
        "^",
        "Enhanced community service with extended hours of operation",
        "Children and young people have access to community support that can reduce the length of stay in a Tier 4 (inpatient) placement and/or reduce the need for a Tier 4 placement",
    ],
    [
        "^",
        "Support to enable young people to remain at home or support early discharge from hospital",
        "^",
    ],
    ["^", "Support to acute paediatric services", "^"],
    ["^", "Schools having an 'Emotional wellbeing and mental health strategy' in place", "^"],
    [
        "Prepare young people for adulthood",
        "Children and young adults and parent/carer report satisfaction levels",
        "Children and young adults lead happy, healthy and fulfilled lives with choice and control over their support.",
    ],
    [
        "^",
        "Children and young adults and parent/carer report high quality, personalised provision ensuring good health, care and educational progress",
        "^",
    ],
    [
        "^",
        "% of care leavers living in suitable accommodation",
        "Children and young adults experience positive levels of independence/ independent living, based on their individual requirements, with accommodation that is suitable, safe and meets their needs.",
    ],
    [
        "^",
        "% of care leavers who have accessed the training flat and move on to suitable accommodation",
        "^",
    ],
    [
        "^",
        "% of care leavers in Education, Employment or Training (EET)",
        "Children and young adults have a positive experience of education and progress following school / college based on their individual needs and aspirations (linked to Improve skills and employability)",
    ],
    [
        "^",
        "An increase in the participation of supported internships, employment opportunities and apprenticeships by young people with additional needs.",
        "^",
    ],
    [
        "Improve skills and employability",
        "Number of learners on adult skills programmes.",
        "People are fully informed of the learning pathways and job opportunities available to them.",
    ],
    [
        "^",
        "Proportion of 16-17 year olds participating in education, employment or training (EET)",
        "^",
    ],
    [
        "^",
        "Level of JSA claimants (initial twelve month target)",
        "People secure employment that provides them with a good quality of life.",
    ],
    ["^", "Level of universal credit claimants (data not yet available)", "^"],
    ["^", "Level of ESA claimants.", "^"],
    ["^", "Number of apprenticeship starts", "^"],
    ["^", "Average gross weekly full time wage levels (resident population)", "^"],
    [
        "^",
        "Proportion of employers in Stoke-on-Trent with skills shortage vacancies",
        "Post 16 learning provision meets the needs of learners, business and the economy.",
    ],
    ["^", "Proportion of employers in Stoke-on-Trent with skills gaps", "^"],
    ["^", "% of vacancies due to skills shortages", "^"],
]

SUMMARY_HEADER = ["Priorities", "Measure/s", "Outcome"]
