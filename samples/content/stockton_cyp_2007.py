# ruff: noqa: E501
"""Seed 004: Stockton-on-Tees Children and Young People's Plan 2007-2010 (draft).

Text copied from samples/seeds/004-stockton-on-tees-cyp-plan-2007-10.txt (the "DRAFT" page
markers became the page header; a paragraph split by a page break is joined; the diagram label
"CYPP triangle. V3." is left out). Narrative only: no tables.
"""

AUTHORITY = "Stockton-on-Tees"
SEED = "004"
TITLE = "CHILDREN AND YOUNG PEOPLE'S PLAN 2007-2010"

FLOW = r"""
** STOCKTON ON TEES
TITLE CHILDREN AND YOUNG PEOPLE'S PLAN 2007-2010
** Contents
# Foreword
# Vision
# Summary of key priorities and objectives
# Contextual information – national and local influences; demographics.
# Framework for planning, commissioning, managing performance and service delivery
# Consultation arrangements
** Appendices:
1. Assessment of Needs/ Action Plan
2. Self-evaluation document
3. Performance information
4. Data maps
5. Bookcase of plans
6. CTB partnerships – diagram
7. CTB and LSCB membership
8. Equality Impact Assessment
9. Commissioning/investment plans
===page
H1 1 | FOREWORD
We are pleased to introduce our revised Children and Young People's Plan for 2007-2010. It sets out the vision and priorities for all services who will work together to improve outcomes for children and young people in the Borough of Stockton on Tees.
The plan shows our commitment to further develop services which are already judged through external inspection, to be very good in many cases. We want to do even better and to make sure we are focused on the things that will make even more of a difference. By reviewing our performance regularly and taking into account the views of our children, young people and their families we have identified where there are improvements to make, where there are unmet needs and where there are gaps in provision.
This plan describes the high level aims, objectives and actions that provide the drive for improvement. It describes the framework within which all partners under our Children's Trust arrangements will work to bring about change and improved outcomes for children and young people. Much of the detailed action to implement the priorities is set out in the plans and strategies of the organizations and partnerships which work to the Children's Trust Board.
It is aimed at all partners who are involved with services for children and young people so that they can have a clear understanding of the priorities of the Children's Trust Board and can organize their business to address these; and at children, young people, their families and carers so they are clear about what we are trying to achieve.
The plan covers services for all children and young people who are aged 0 to 19; those young people over 19 who are leaving care; and young people with learning difficulties up to age 25.
We will be reviewing this plan annually. We hope you will find it helpful and we welcome any feedback you wish to give so that we can continue to understand the needs of our children and young people.
Alex Cunningham,
Cabinet member for Children, Education and Social Care, Stockton Borough Council
Ann Baxter,
Corporate Director of Children, Education and Social Care, Stockton Borough Council
===page
H1 2 | OUR VISION FOR CHILDREN AND YOUNG PEOPLE
** Every Child Matters – No Child Left Behind
All children and young people in Stockton-on-Tees should be assured of:
- the opportunity to grow up in a loving, stable environment;
- real opportunities to achieve their full potential and contribute to a fast moving, changing, and interdependent world;
- opportunities to experience the benefits of living in a diverse multi-cultural society, where all experiences are valued and racism is not tolerated;
- living in a safe and secure community where they are protected from harm, abuse, harassment, exploitation or neglect and have the chance to enjoy the opportunity to grow-up with their peer groups and friends;
- chances to contribute to their local communities, feeling heard and being valued as responsible citizens, shaping their lives and their futures;
- the opportunity to have fun and appreciate their environment, through participating in sport, music, art, drama, and a variety of cultural activities of the society and community in which they live;
- focused support as they pass through the various transitions from birth to adulthood expanding their capacity to make decisions about their identity, relationships, education, future careers, and financial affairs;
- outstanding joined-up public services, which strive to meet the individual needs of children and young people and their families and which are accessible.
We aim to achieve this vision through outstanding integrated services which are easily accessible, and understandable by the people that use them
The key features of integrated services are:
- multi-disciplinary working - workers in different services coming together in teams under one manager;
- co-location – different services working together in the same buildings;
- area-based services - front-line services based in geographical areas, easily accessible to service users.;
- common processes – bringing together separate management and information systems into a clear, straightforward process;
- the lead professional – a named person responsible for the care of each child or young person who needs more than the services provided for all;
- early intervention – offering support to families before a problem becomes a crisis;
- integration, which will involve the statutory services and services provided by the voluntary, community and independent sector.
H2 What are “services for children and young people?”
When we talk about children and young people, we usually mean everyone under the age of nineteen. All of us need a lot of help and support as we grow from babies to adults. This help comes from our families, and from many other people too. People such as doctors, nurses, teachers, social workers, childminders, play leaders, youth workers and Connexions personal advisors. Sometimes police and probation officers too. Children and young people also get help from neighbours, churches, charities, voluntary and community groups. We call all this help “services” for children and young people.
Together, services aim to help children and young people to:
- be healthy
- stay safe
- enjoy and achieve
- make a positive contribution
- achieve economic well-being
Babies have health checks before they are born and as they grow, to spot any problems and treat them quickly. Most children need to see a doctor or nurse at some time with normal childhood illness. Some will spend time in hospital. Some children with serious illness or disability may need much more than this. “Being healthy” is not the same as “not being ill.” It means choosing to live a healthy lifestyle. All children and young people need information to help them learn what is healthy and what is not.
Most children have a loving family to look after them and keep them safe, but some are not so lucky. They may need to be looked after by other carers. This may be for just a short time, or until they become adults. All children need to be protected from people who might want to harm them. They also need to know how to deal with everyday danger in the home, at play and on the road. We want all children to “be safe”.
All children need education to learn new skills, find their special talents and prepare for adult life. Childhood is about learning, and also about fun and play. With the right help, every child can “enjoy” sport, music and arts, and “achieve” success in school.
Children soon learn that what they do and say can have an impact on people and things around them. This impact can be good (helpful, friendly, creative) or it can be bad (destructive, aggressive). As they grow, children need to learn how to join in and be part of a community. To avoid unpleasant behaviour (such as bullying or vandalism) and to make a “positive contribution.”
Life is much harder if you are poor or unemployed. All children deserve a good education and then the chance of a job, a career and a life that suits their talents. This is “economic wellbeing.”
===page
H1 3 | SUMMARY OF KEY PRIORITIES AND OBJECTIVES
Last year, in our first Children and Young People's Plan, we identified a number of priorities which, through widespread consultation with partners, with parents and carers and with children and young people, we believed were the most important issues to tackle in order to improve outcomes for children and young people.
In reviewing our plan and through further consultation, we have updated our priorities to ensure that they continue to address our most pressing issues. Most of last year's priorities remain as a key part of our plan. We have added new priorities where, either through consultation, through needs analysis or performance issues we have identified the need for specific actions.
The key priorities and objectives are also explicitly linked to the overarching Community Strategy priorities and objectives and with the Local Area Agreement to ensure the "golden thread" of planning is evident.
Below is a summary of our key priorities and objectives for this plan. A more detailed breakdown of the priorities, objectives is presented at appendix 1, where we also identify key actions and timescales and the outcomes to be achieved. A range of key initiatives have been identified which link primarily to national priorities and how these will be addressed locally.
** Be Healthy:
@priority Be Healthy
- Promote positive sexual health, including the reduction in the level of conceptions by under 18 year olds.
- Reduce substance misuses (including alcohol and tobacco) by children and young people and reduce the effects on children and young people of substance misuse by parents and carers
- Reduce levels of obesity in children and young people.
- Reduce health inequalities for children and young people across the Borough.
- Improve the mental well-being of children and young people
- Reduce levels of infant mortality
** Stay Safe:
@priority Stay Safe
- Enhance safeguarding arrangements for children and young people, with a focus on the development of early intervention and preventative strategies.
- Improve the long-term stability of placements for children looked after.
- Ensure safe recruitment and employment practices are adopted across all agencies.
- Reduce levels of bullying
** Enjoy and Achieve:
@priority Enjoy and Achieve
- Raise Achievement: continue improvements in educational attainment across key stages for all children and in particular for vulnerable and hard to reach groups.
- Improve value added scores for attainment at Key Stage 3 (11-14 years).
- Reduce the number of schools below floor targets
- Increase enjoyment; by improving access, participation, inclusion, progression, curriculum flexibility and enrichment across phase.
- Raise standards; by improving the quality of strategic leadership, management and governance in schools and settings across the borough across phase.
- Increase the range of accessible culture/leisure/sporting activities for children and young people: by developing services across statutory, voluntary and independent sectors as a result of consultation with young people.
** Making a Positive Contribution :
@priority Making a Positive Contribution
- Increase involvement and participation of children and young people, parents and carers in developing services that more closely meet their needs
- Support, encourage and celebrate the involvement and participation of children and young people in community life
- Reduce levels of youth offending and anti-social behaviour.
** Achieve Economic Well-being:
@priority Achieve Economic Well-being
- Improve the proportion of young people leaving school who access further education, employment or training;
- Reduce the level of homelessness of young people.
- Seek to reduce poverty and the impact of poverty, on children, young people and their families.
** Cross-cutting priorities relating to more than one outcome:
@priority Cross-cutting priorities relating to more than one outcome
- Improve the range and accessibility of services for children with complex needs.
- Improve outcomes for looked-after children through improved stability of placements, health, choice of placement, educational attainment, move into employment and training.
- Improve transport provision for children and young people.
- Continue to address issues of equality, diversity and community cohesion.
- Improved identification of hard-to-reach children and services for them.
- Improve transitions from home to school to independence.
- Development of early intervention and support.
- Address issues of improved support for young carers
H2 Key initiatives for development
- Implement Integrated Services and Integrated Service Areas
- Further develop Extended Schools and Extended Services within integrated services developments
- Further develop Children's Centres within integrated services developments
- Develop an integrated workforce development strategy
- Develop a Parenting Strategy
- Develop a Play Strategy
- Develop a sustainable school transport strategy
- Review of Teeswide CAMHS strategy
- Deliver Building Schools for the Future
- Deliver the childcare sufficiency assessment
- Roll out the Common Assessment Framework across all agencies
- Develop the Information Agenda
- Review the first year of the Children's Trust Board activity
===page
H1 4 | CONTEXTUAL INFORMATION – NATIONAL AND LOCAL INFLUENCES; DEMOGRAPHICS; INTEGRATED SERVICE AREAS
Stockton-on-Tees is the largest Unitary Authority in the Tees Valley, established following local government reorganisation in 1996. It is a Borough of contrasts, a mixture of busy town centres, urban residential areas and picturesque villages. The population is approximately 187,100¹, living in over 79,000 households. The population within Stockton-on-Tees has risen by 6.8% since the 1991 Census, compared with the North East average of a 2.2% fall.
The Borough has a unique social and economic mix, with areas of disadvantage situated alongside areas of affluence. Measuring deprivation against the Government's Index of Multiple Deprivation, 40 of our 117 Super Output Areas (SOAs) are amongst the worst 20% nationally, 20 within the most deprived 10% in England. Whilst 17 of our SOAs fall within the top 20% of most affluent wards nationally, 5 are within the top 10% in England. Despite these levels of deprivation, a MORI survey carried out in 2006 showed that residents were more satisfied with Stockton-on-Tees as a place to live than they had been since 1998 (84% satisfied), and that more people believe their area is likely to improve over the next couple of years.
Recent increases are projected to continue; moreover, the profile of the population will change dramatically. Projected figures from the Office of National Statistics show that by 2029 –
- The total population will grow to over 204,000
- The number of people of working age (16-retirement) will decrease by 2%
- There will be a large increase of 62% of older people (retirement age)
- There has been a growth in the numbers of our residents from black and minority ethnic communities from 1.6% in 1991 to 2.8% in 2001 (over 5,000 people), and we expect this trend to continue.
- We have increasing numbers of residents with disabilities, in part due to the aging population.
- There will be a shift in population towards the south of the Borough.
H2 Children and Young People in Stockton-on-Tees
46,400 children and young people live in the Borough (0-19). Of these 10,530 are under five years of age and 35,870 are of school age (from nursery to sixth form). 973 have a statement of special educational needs and 1786 are from black and ethnic minority heritage. The number of children in the Borough overall is projected to fall by 3% by 2029, but general population rises in the more affluent areas in the south of the Borough will include significant increases in the number of children and young people in those areas.
¹ All population figures are based on mid 2006 estimates provided by Tees Valley Joint Strategy Unit.
Social and economic disparities across the Borough are reflected in the life experiences of children and young people: inequalities in economic prosperity, in health, in educational attainment, in access to sport, leisure and culture, and in the level of social exclusion and offending. A key aim for all agencies involved in children's services is to narrow these gaps by improving services for all children across the borough but to prioritise services for those most in need. In Stockton-on-Tees, no child must be left behind.
Appendix 4 identifies contextual and demographic information for each of the proposed integrated service areas.
The overall contextual and demographic information, along with performance information, service specific information and evaluation/consultation from children and young people, parents and carers provides the details for the assessment of need and self evaluation at appendix 2 and 3.
===page
H1 5 | FRAMEWORK FOR PLANNING, COMMISSIONING, MANAGING PERFORMANCE AND SERVICE DELIVERY
H2 Children's Trust Board
The Children Act 2004 defines a Children's Trust as "an arrangement bringing together strategic planning, joint commissioning, integrated processes and integrated delivery of services for children and young people." In Stockton on Tees a Children's Trust Board was established in 2005 to strategically oversee the implementation of the Children Act 2004 and its legal requirements. The Children's Trust Board, through its members, co-ordinates, plans, commissions and delivers services based on local need for children and young people to enable achievement of the Outcomes Framework of Every Child Matters (ECM):
- Be Healthy
- Stay Safe
- Enjoy and Achieve
- Make a Positive Contribution
- Achieve Economic Well-being
The Children's Trust Board is a themed partnership group which sits under the Local Strategic Partnership.
H2 Membership and Role
Stockton's Children's Trust Board includes all partner agencies in statutory and voluntary sectors and community involvement. Direct involvement of parents/carers and children/young people is presently achieved through the range of partnership groups. A key linkage has been developed between the Children's Trust Board and the local Youth Assembly. The role of the Children's Trust is to address the following key objectives:
- develop a vision for all children and young people in Stockton-on-Tees;
- promote and plan integrated commissioning and ensure high quality services;
- develop a Children & Young People's Plan;
- co-ordinate work across the 5 Outcome areas to maximise integration;
- develop and oversee the Annual Performance Assessment of children's services and the preparation for the Joint Area Review.
H3 What next?
H2 Strategic Planning
The Children's Trust Board will continue to develop over 2007/8 as the principal strategic planning group for all services for children and young people across Stockton-on-Tees. The linked groups, based on the 5 Outcomes Framework will have a key role in monitoring performance, highlighting the need for improvements and proposing such developments. A review of the Board is taking place during this period.
H2 Joint Commissioning
The Joint Commissioning Unit in Children, Education and Social Care (Stockton-on-Tees Borough Council), jointly funded by the Local Authority and Primary Care Trust, is responsible for all Local Authority and PCT commissioning of services for children and young people. The Joint Commissioning Unit will continue to develop a wide approach to commissioning across partner agencies and partnership groups in order to support a joint approach to the commissioning of services through the involvement of children, young people, families, carers, professionals and the voluntary and community sector and through gathering statistical information from all partner agencies. This information about issues that affect the individual, communities, neighbourhoods and the borough as a whole will continue to be used to develop and improve an already comprehensive needs assessment on which future planning of services can be based.
H2 Integrated Processes
The development of integrated processes is taking place through the planned implementation of ContactPoint and the Common Assessment Framework across all agencies. These will be linked to the development of the Directory of Services and the further development of electronic case record systems across children's services. It is planned that these are rolled out during 2007/8.
H2 Integrated Services
The development of integrated services and integrated service areas has been consulted on widely and agreed in principle by the Children's Trust Board. It is proposed that geographically based areas will be the hubs for service delivery, based around extended schools and Sure Start Children's Centres. The intention is that services should come together as multi-disciplinary teams, where appropriate, in order to provide a clear and consistent service to children, young people and their families. Integrating services around specific targeted groups, such as children with complex needs and looked after children will ensure consistency of response, ease of access and respond positively to parents'/carers' and children/young people's comments around their desire to "tell the story once". The roll-out of integrated service areas is taking place during 2007/8.
H2 Workforce Development
Existing developments include excellent workforce strategies across partner agencies with significant levels of training for all staff involved in children and young people's services. There is considerable multi-agency training, particularly around safeguarding children, development of the common assessment framework, awareness training around substance misuse with increasing development of competency based approaches. The Workforce Development Strategy will build on this and aspires to have an integrated children's workforce across Stockton on Tees that is increasingly competent and confident in developing children and young people to their full potential to improve their opportunities and outcomes.
Currently there is a Workforce Strategy Group, responsible for developing the strategy and it is looking initially at a number of issues including;
- Recruitment and retention of staff
- Training and development
- Developing the competency frameworks
A project plan is in place and the overarching strategy will be developed in 2007/8.
H2 Developing the Common Assessment Framework
The Common Assessment Framework (CAF) for Children and Young People is a nationally standardised approach to conducting an assessment of the needs of a child or young person and agreeing how those needs should be met. It provides a simple holistic assessment of a child's additional needs, enabling practitioners to identify and tackle problems before they become more serious. The CAF is intrinsically linked to the development of the role of the Lead Professional and implementation of ContactPoint.
All local authority areas are expected to implement the CAF before the end of 2008. Within Stockton-on-Tees the CAF was piloted between September and December 2006, with an increasing roll out of the CAF planned in 2007/8 and full implementation by March 2008.
Developed for use by practitioners in all agencies, the CAF will:
- promote earlier intervention where additional needs are observed;
- reduce the number and duration of different assessment processes that children and young people need to undergo;
- improve the quality and consistency of referrals between agencies by making them more evidence-based;
- help embed a common language about the needs of children;
- enable information to follow the child;
- promote the appropriate sharing of information where consent is given.
Ultimately the CAF will help practitioners undertake assessments in a more consistent way. Where the assessment indicates that the child has urgent or complex needs, requiring specialist assessment and intervention, the common assessment information will feed into specialist assessment processes.
H2 Role of the Lead Professional
Where a child has needs that require input from more than one service, the aim is for a practitioner to act in the role of lead professional, to:
- provide a single point of contact trusted by children, young people and families, able to
- support them in making choices and in navigating their way through the system;
- ensure that children and families get appropriate interventions when needed, which are well
- planned, regularly reviewed and effectively delivered;
- reduce overlap and inconsistency from other practitioners.
H3 What next?
The CAF will be in place across all agencies by March, 2008. This will include development and implementation of the role of lead professional. The DfES are currently considering electronic systems to support the implementation of the Common Assessment Framework across agencies. An announcement from the DfES regarding their eCAF solution is expected in the summer of 2007.
H2 Implementing Integrated Services/ Integrate Service Areas
Integrated Services/Integrated Service Areas will bring together a range of services for children and young people in geographical areas co-terminous with the Local Strategic Partnership boundaries. This will improve local access for service users who will “only have to tell their story once.” It will ensure effectiveness and efficiencies in governance and service delivery, and improve local involvement and ownership.
Services will be integrated at the point of delivery, producing improved outcomes, efficiency and value for money. Services will be delivered in a number of different ways:
- integrated teams around a specific function or functions;
- co-location of services, teams and workers; and
- development of integrated processes through, for example, the common assessment framework, the children's index or the use of the integrated children's system.
H3 What next?
The implementation of Integrated Services/Integrated Service Areas is being rolled out during 2007/08. It is planned initially to appoint key senior local authority / PCT managers to bring together the management of children's services across Children, Education and Social Care/Stockton on Tees Borough Council and North Tees & Hartlepool Primary Care Trust.
In addition, work will begin, once managers are in post, to bring front-line services together within both borough-wide and locality based services.
H2 Developing the Information Agenda
H3 ContactPoint (previously known as the Information Sharing (IS) Index)
ContactPoint will be a secure national database that will enable authorised practitioners working with the same child or young person to find one another quickly and easily so they can provide more effective, early and holistic support to them and their families.
The project is being run by DfES and ContactPoint is scheduled to be operational by the end of 2008.
ContactPoint will hold the following basic information on all children in England (aged up to 18):
- name, address, gender and date of birth
- name and contact details for their:
- parents or carers
- educational setting (e.g. school)
- primary medical practitioner (e.g. GP practice)
- practitioners providing other services; and
- lead professional (if appointed)
Practitioners will also be able to indicate that they have information to share, are taking action, or have undertaken a Common Assessment. ContactPoint will NOT contain case notes or details of any assessments, medical data, exam results or any other personal information about a child or their family.
Access will be restricted to authorised users providing services to children and who need it as part of their work. This will include those working in education, health, social care, youth offending and some voluntary organisations. Everyone with access to ContactPoint will be subject to stringent security checks, including enhanced Criminal Records Bureau (eCRB) clearance. All users will be trained in the safe and secure use of ContactPoint, information sharing practice and the importance of compliance with the Data Protection Act and Human Rights Act.
Authorised users will be able to access ContactPoint through a secure web link, through some existing case management systems or through another designated user.
H3 What next?
All local authorities must deliver on time otherwise ContactPoint will not work. Therefore DfES have set stringent deadlines to ensure that the go live date (September, 2008 for Stockton) is achieved. Further work will take place to progress:
- workforce analysis – finding out who needs to access ContactPoint, how they will get access, what training they require and whether they have a valid eCRB check
- process analysis – looking at how ContactPoint will enhance the way practitioners work at present.
H3 Integrated Children's System (ICS)
The Integrated Children's System is concerned with managing the very detailed information requirements relating to children in need. This information needs to be gathered in such a way that it can be analysed for use in decision-making and presented in a number of ways for different purposes. Including Chronologies, Genograms and local management reports. However, its main function is to support the assessment of this group of children using the Framework of Assessment of Children in Need and their Families.
This involves systematically collecting and recording information about the child and family. The ICS provides this conceptual framework along with a method of practice and inbuilt business processes to support Social Workers and their Managers in undertaking not only assessment, but effective planning, appropriate intervention and ongoing review.
Although it is currently an unresolved issue ICS systems may also present information in a form acceptable to a court in legal proceedings to protect the child from harm.
Information in the ICS will be stored in a format compatible with ContacPoint (formerly IS Index) and the e-CAF. This will allow these systems to communicate directly, releasing information about any existing common assessment on the child, and about other practitioners already involved. This will speed up assessment, build on existing knowledge and avoid the need for children or families to go over the same ground again.
Other case record systems exist for children and young people, for example those held by Connexions or Youth Offending Teams. A similar relationship to that of the case records supporting the Integrated Children's System will exist between these case record systems, ContactPoint and the CAF.
H3 What next?
The Children's Trust Board will develop an information sharing protocol across Children's Services, linked to the overarching Tees Valley Information Sharing Protocol. This will be supported by the development of specific agency protocols. ContactPoint is being developed nationally, following publication of guidance by Central Government. This will be supported by local pilots and consideration is being given to Stockton being a pilot area, though as a customer of CareWorks Ltd, the development of an interface between Stockton's ICS system and Contact Point is being carried out through Bury Borough Council.
Although all authorities were required to have implemented an electronic system locally to support the use of the Integrated Children's System by 1st Jan 2007 this has not been the case. The vast majority of authorities have struggled to achieve this implementation date. Stockton-On-Tees. Following a detailed tendering process Stockton installed their chosen ICS system in early 2006, and is confident of a full roll out to their Social Work practitioners has now taken place.
H2 Managing Performance
There is a strong performance management culture across the Children's Trust Board partners, with the Board and the Every Child Matters Partnership groups responsible for oversight of performance across children's services alongside individual agencies' own performance management processes. There is regular reporting on the key performance indicators to all relevant groups and actions taken as necessary on any developing issues.
This is supported by the Council's long established strong performance management arrangements which are continuously reviewed and refined resulting in an effective performance management culture across the council. Overall there is a high level of achievement both in terms of achieving stretching targets and delivering complex programmes of work to achieve identified priorities.
The Council's revised and strengthened scrutiny arrangements led to a strong approach to scrutiny in 2006/07. The Children and Young People Scrutiny Committee reviewed teenage pregnancy services and bullying which resulted in a number of recommendations. These are now being taken forward with early success in for example, improved targeting of teenage pregnancy services. The Health Scrutiny committee also reviewed dentistry services with key recommendations around improving dental care and oral hygiene for the under 5 year olds. This is being addressed through an oral hygiene strategy.
Performance clinics are embedded in the organisation and operate at a strategic level through for example the Local Public Services Board, through to operationally driven clinics in particular service areas. For the council as a whole there is regular reporting of performance quarterly to the corporate management team's improvement clinics, Cabinet and Exec scrutiny focusing on the corporate basket of indicators (those that give us an overview of the council's performance across the board both in relation to priorities and areas in need of improvement), progress against the Council Plan, Service Improvement Plans, Gershon efficiencies, the LAA and the LPSA stretch targets. This information is also publicly available on the council's website.
The data used in regular corporate reporting is robust. Arrangements for collecting and verifying data are regularly reviewed and 2006/07 saw the introduction of a data quality strategy which sets out the roles, responsibilities and standards for data collection and use across the council. The corporate management team's improvement clinics allow for focused discussion of areas for improvement by the corporate management team leading to a wider understanding of performance challenges and solutions across the council.
Corporate performance reporting also includes links to financial reporting encouraging officers and members to consider whether performance is appropriate for the levels of resource allocated.
H3 What next?
Further work is taking place to bring together the full range of performance indicators, ensure they are consistent across services and performance management frameworks, that they are delivered in a timely manner to influence development and that local performance indicators are developed appropriately.
H2 Developing Extended Schools Services through Extended School Clusters
The DfES Five-Year Programme for Children and Learners introduced the concept of Extended Schools, whereby a range of services and activities would be available, often beyond the school day, to help meet the needs of children, their families and the wider community. The prospectus issued in 2005 entitled "Extended Schools: Access to opportunities and services for all," outlined the 5 Core Offer Elements for parents and families which should be available and accessible through all schools by 2010.
These elements comprise of:- Quality Childcare (primaries only); Parenting support, including family learning; Swift and Easy Referral to specialist services for early intervention and support; Community Access including adult learning.
One of the key parameters to these elements is that they may involve activities on the school site or through local providers, which can be signposted by the school. The timeline set down by the DfES is for a third of all secondary schools to provide pre-and after-school activities such as sports; arts and recreational activities by 2010.
The Stockton-on-Tees Extended Schools Cluster Initiative has grouped schools across the Borough into 5 geographical clusters corresponding to the Integrated Service Areas. These clusters take account of existing or developing provision of a similar nature such as SureStart Children's Centres; Integrated Youth Support; Parenting Strategy; Play Strategy and services provided through Health and the Voluntary/Community Sector.
Extended School clusters are supported by Co-ordinators whose role is to facilitate activity and development of projects, relating to the Core Offer, with schools and stakeholders. The Extended Schools Clusters will become part of the Integrated Services delivery strategy, which will provide a range of multi-agency services identified through consultation with service providers, users/carers and the community.
The representatives of the 5 Clusters have all signed a Cluster Agreement and they meet regularly to discuss provision within their geographical area and to develop initiatives that may address any deficiency identified.
Support to Local Authorities at a national level is provided by the TDA (Training and Development Agency) as commissioned by the DfES and advice, guidance and a range of materials are regularly provided to support the roll-out of this programme.
H3 What next?
The development of Integrated Service Areas will link to the national timescales for Extended Schools and targets for September 2007 and December 2008 will be met in relation to schools either offering or giving access to the Core Offer.
H2 Developing SureStart and Children's Centres
SureStart is the Government's programme to deliver the best start in life for every child, and help parents' choose with confidence, how they best balance their work and family commitments. SureStart Children's Centres, initially in the most disadvantaged areas, offer access to a wide range of high quality integrated early years services. Underpinned by the new duties of the childcare Act 2006 these services will: increase the availability of childcare; improve the health, education and emotional development of children; and support parents as parents and in their aspirations towards employment. By 2010 every community in the borough will have access to a SureStart Children's Centre.
H3 What next?
Approximately 10,300 children under five live in Stockton-on-Tees. The target is to reach all of them with Children's Centre services by 2010. On average a Children's Centre will serve a community with about 800 under-fives, although in rural areas with a more dispersed population, or in densely populated urban areas, numbers may differ greatly. This could mean up to thirteen Children's Centres covering the whole Borough by 2010.
H3 Phase 1
This first phase has now been completed and has four Children's Centres delivering a full core offer of integrated services to reaching 3,666 children under 5 in the most deprived areas of the Borough.
H3 Phase 2
By March 2008 there is a requirement to develop a further six Children's Centres with a reach target of 4,429 children, making a total reach target of 8,095 children. Areas have been selected to complete the coverage of wards in the bottom 10% and 20% most deprived areas as well as those wards containing elements of disadvantage within the bottom 30%. This proposal also begins to pick up areas outside the areas of deprivation to achieve the reach target set for 2008.
H3 Phase 3
It is envisaged that the final phase, yet to be announced, will reach the remaining areas of the Borough between 2008 and 2010.
H2 National Service Framework for Children, Young People and Maternity Services
The Department of Health announced the first ever national blueprint to ensure personalised child centred health and social care services in September 2004, in the form of a National Service Framework for Children. The new standards are designed to generate a step change in the quality of children's health services and are based on current best practice.
The National Service Framework (NSF) for Children, Young People and Maternity Services will ensure that all children and young people get services that are age-appropriate and accessible, and recognise their needs as different. They include:
- treatment at home for children and young people who have complex health needs, so that they can manage their illness and still have a fulfilling life;
- better speech and language therapy services;
- involving children and young people as active partners in the decisions about their medicines to fit in more flexibly with their daily lives, for example, prescription regimes that fit around the school day. Computer games and text messaging could be used to remind and teach children and young people about taking medicines;
- early diagnosis and age-appropriate treatment for children and young people for example:
- ensuring that parents and carers of children with autism spectrum disorder can get an early development assessment and then a multi-agency package of family support;
- parents of babies and young children can get all the health and other support they need from a local children's centre, cutting out the need for multiple appointments and visits to different agencies; and
- ensuring a smooth transition into adult services for 17 year olds with long term conditions such as asthma by transferring care to a clinic where paediatric and adult specialists are present.
- early identification and intervention for children and young people with mental health problems to prevent serious mental health problems that can persist into adult life;
- better support for women who are at higher risk of developing postnatal depression or more severe mental ill health, and systems to identify those suffering from domestic violence.
The NSF must be implemented by NHS Trusts and local authorities over the next ten years, although the timing and planning of implementation are local matters.
H3 What next?
Reviews of services against the NSF framework have been taking place and are being used to guide and influence service developments.
H2 Building Schools for the Future
Building schools for the future is about providing children and young people with educational facilities fit for the 21st century. It is designed to bring about transformational change in the physical school environment and to support new ways of teaching and learning. It is a new strategic approach to capital investment by the Department for Education and Skills, which will provide finance to support significant change to our secondary school provision, through a programme of rebuild, renovation and redesign.
H3 What next?
Stockton is in wave 6 of the development programme which concentrates developments on Stockton town itself. The rest of the borough will be part of a later wave. The approach being taken at present is to involve all the educational establishments across the borough in the discussions, as any changes in particular schools will have some effect on all other schools. Consultations on proposals are planned for the autumn 2007. Discussions with the Department for Education and Skills will take place during 2008 on possible plans and proposals and it is anticipated that developments, on the ground, will begin to take place by 2010
H2 Implementing Choice in the NHS and developing a patient-led NHS
Two key white papers from the Department of Health identify the way ahead for the development of health services and how they will work with other partners in improving the health of the nation.
These are “Choosing Health- making healthier choices easier” (2004) and “Developing a patient-led NHS” (2005). The key issues identified are summarised below:
- Improving information for people accessing health services;
- Improving choice of services both in terms of geography and provider;
- Concentration on the impact and outcomes for patients by service providers;
- Supporting the development of integrated services through Children's Trust arrangements;
- Organisational change to support the above.
H3 What next?
Some of the specific developments which will take place during the life of this plan are identified below;
- Organisational change- consultation has been taking place around the reconfiguration of PCT and Strategic Health Authority boundaries. The outcomes of this will be rolled out during 2007/8;
- Personal health guides are to be introduced for children and young people;
- Improving access to school nursing services across primary and secondary schools;
- Continuing the development of "healthy schools" through improved nutrition, developing school travel plans and improved access to physical activity and sport;
- Continuing to support and develop services through SureStart/Children's Centre initiatives;
- Choice of provider will become increasingly available through Primary Care.
H2 The Local Planning Framework
The Community Strategy is the Local Strategic Plan which provides the Borough vision and sits at the top of a planning hierarchy. As well as focusing on local priorities, the vision looks towards the sub-region and underpins the Tees Valley Vision of an economically vibrant city-region to be developed through the new Stockton-Middlesbrough Initiative. There are also strong links to regional level development strategies, in particular the Regional Economic Strategy and the Northern Way.
The Community Strategy is developed through our Local Strategic Partnership, Stockton Renaissance, which was established in 1998, in anticipation of the Government's support for regeneration through partnership. It provides a single overarching co-ordination framework for community planning, within which other geographic and thematic partnerships can operate effectively. In consultation with partners and communities, it leads delivery and monitoring of progress against Community Strategy objectives to improve the quality of life within the Borough.
In 2005 Renaissance signed a Local Area Agreement (LAA) with the government. The LAA now forms the Community Strategy Outcome Framework, setting out key objectives and targets which we have agreed with central government, and is the basis for performance management of Community Strategy progress. In parallel to the development of the LAA, a Local Public Service Board was set up as the key support group for the Renaissance Partnership. Its remit is to drive implementation of the Community Strategy, and to support the Renaissance Board in developing and driving improved performance across the borough. It brings together key senior officers within public services in the Stockton area, and is supporting Renaissance in developing shared approaches to cross cutting public policy challenges.
Sitting underneath the Community Strategy and LAA Outcome Framework, are a series of thematic strategies and plans relating to the delivery objectives of each priority improvement theme. The Council Plan also links in and sets out the Local Authority's change priorities to deliver its contribution to the Community Strategy and thematic plans. These include:
- Council Plan
- Neighbourhood Renewal Strategy
- The Crime and Disorder Strategy
- The Policing Plan
- Domestic Violence Strategy, 2005 to 2008
- Health Improvement Plan
- Local Delivery Plan, 2005 to 2008
- Housing Strategy
- Homelessness Strategy 2003 to 2008
- Local Transport Plan 2006 to 2011
H2 Plans relating specifically to services for children and young people
The Children and Young People's Plan is a single, overarching strategic plan for all services that affect children and young people in the Borough of Stockton-on-Tees. It is part of a group of plans that identify priorities for the development and delivery of services across the Borough. Some of these relate specifically to children and young people, others to residents of all ages.
Whilst the intention is to reduce the number of plans produced around services for children and young people, a number of multi-agency/partnership plans will still need to be produced in order to support the Children and Young People's Plan. These include:
- Local Safeguarding Children Plan
- Teenage Pregnancy Plan
- Youth Justice Plan
- Connexions Plan
- Multi-Agency Looked After Action Plan
- Workforce Development Plan
- PIC Network Strategy
- Schools Organisation Plan
- LSC Strategic Plan
- CAMHS Strategy
- Young People's Substance Misuse Commissioning Plan
These plans are also supported by a range of business or operational plans specific to each agency or organisation.
The LAA framework has been used within the Children and Young People's Planning process to ensure a coherent process and to develop a consistent set of outcome measures.
H3 What next?
Work will take place during 2007/8 to begin to integrate these plans further in order that there is a more simplified approach to planning and to ensure that plans are accessible by all. The key outcomes and strategic priorities identified in this plan provide the framework against which other plans can be set and developed and will be reviewed on a yearly basis. The first plan has been used to consult widely with partners, with parents and carers and with children and young people to ensure involvement and participation in its future development.
Further work is taking place on outcome measures to develop a single set of indicators across children's services, overseen by the Children's Trust Board.
===page
H1 6 | CONSULTATION ARRANGEMENTS
Extensive consultation on this Plan has taken place through existing partnerships and groups across the whole of the Borough. This has included:
- Children's Trust Board
- The four Every Child Matters thematic partnership boards
- Youth Offending Service Management Board
- Local Safeguarding Children Board
- SureStart Partnership Boards
- Renaissance Partnership and Area Boards
- Annual Children's Services Conference (senior managers across children's services)
- Stockton Learning Towns Partnership Conference
- Voluntary and Community Sectors Children & Young People Steering Group
- ConneXions Local Management Committee
- Primary Care Trust Board
- School governing bodies
- Children's Trust website
- Schools Forum
- Admissions Forum
In spring 2007 the Children's Trust Management Team revised the main priorities in the Plan in the light of responses received from all those groups. A revised list of priorities was circulated to all stakeholders for further comment, and the outcome is reflected in this new Plan.
H2 Involvement of children and young people
Children and Young People have been involved in the development of this Plan through:
- Children's Trust Board Events (held quarterly)
- Developing a Children and Young People's version of this plan
- Partnership working at Area Partnership Events being held with children, young people and families
- Participation, Involvement and Consultation Network
- School Councils
- Youth Assembly
H2 CONSULTATION WITH children and young people, PARENTS AND CARERS ON SERVICE PROVISION AND SERVICE DEVELOPMENT
Children and young people in Stockton-on-Tees, and their parents and carers, are involved in decisions about service provision at three levels:
- in personal decision-making about their own needs or care;
- as users of services in their planning and development;
- a wider group of children and young people in general consultation on future plans and services, including engagement with the democratic process .
H3 Involvement in personal decision-making
In line with national legislation and good practice, children and young people and their carers are involved in decision-making processes in relation to personal care and the services they receive.
- Children and young people who are looked after by the local authority are involved in interview panels to employ staff that will be working with them, creating newsletters, guidance documents and re-designing consultation documents for young people. Feedback from children and young people informs the development of services and contributes to monitoring and evaluation through the Multi-Agency Looked After Partnership;
- The Local Authority's Children's Rights Officer visits all looked after children, including those placed out of the area. She records young people's views and circulates them to Heads of Service to inform planning;
- Children and Young People with special educational needs contribute to their statutory assessments and attend all 14+ Transition Reviews to feed in their own views and needs. Parents and carers are able to access complaints and compliments processes and provide feedback through inspection and review procedures;
- The Parent Partnership Officer works proactively with parents of children with complex needs;
- Eastern Ravens Young Carers project empowers young carers to make decisions relating to their personal circumstances;
- Developments within the anti-bullying service have enabled children and young people to be actively involved in the decisions they make to manage this issue.
H3 Involvement of service users in planning and development of services
Children and young people are involved in the planning and delivery of services at a number of different levels;
- Student Councils have been created in all secondary schools and colleges, and the Chairs of these Councils meet regularly as a group. Young people have also been supported on the Connexions Shadow Board and local Management Committee, the shadow health board and the bus companies liaison group.
- The Youth Service is working with youth club nominated staff to support and develop Young People Management Committees at all our youth clubs;
- In partnership with Stockton Parent Support, the Disabilities Youth Forum is being established at the request of a group of young people with disabilities;
- Working with Youth Bank UK, a group of young people from Stockton's Youth Assembly is now distributing £5,000 grant fund to other young people to help them achieve;
- Parents sit on local SureStart Partnership Boards planning services for under-fives;
- The outcomes of a Young People's Survey distributed to schools in the first extended schools cluster informed a programme of activities encompassing sports, crafts, arts, history and film in the Norton, Portrack and Tilery areas. The results have been fed back to consultees via 'Norton Buzz,' a community newsletter produced by pupils at The Norton School;
- The Youth Assembly is consulted on all Young People's service improvements enabling them to comment on any developments and enabling these to be shared with other young people through their networks;
- The Pupil Ambassador Scheme has been developed in seven primary schools and involves children undertaking learning walks to review and develop their school and others involved in the scheme;
- Future work will include the involvement of children and young people from the onset of service developments, rather than at the end. Examples of this include the development of green spaces in Stockton, the parenting strategy and the future development of youth cafes.
H3 General consultation on future plans
More general consultation activity is co-ordinated through the Borough Council's annual consultation plan. Examples of general consultation and engagement include:
- Members of the Youth Assembly attend every board meeting of the four Renaissance Area Partnerships to give a youth perspective, and have presented on a wide range of issues including an environmental project in Preston Park;
- 'Youth Viewpoint', a panel of over 800 8-18 year olds regularly feed back on Council services. The panel is consulted regularly using a variety of methods including surveys (paper and electronic), focus groups, visits to facilities and workshops;
- Young people are supported as Stockton's members of the North East Regional Youth Assembly, British Youth Council and UK Youth Parliament. One recent outcome was a debate on transport within the North East Assembly which has led to development work on a cross company bus pass;
- An environment sub-group of Stockton Youth Assembly looks at issues for young people around the environment. Two members of the group attended a conference in Poland to look at waste management issues and establish links with Krakow Youth Council;
- Parents and carers are involved as residents of Stockton Borough Council, have representation on Renaissance Partnership Board and Area Boards and respond to specific surveys such as "Viewpoint";
- The Children's Trust Board holds an annual event within each of the Area Partnership areas, aimed at engaging young people from the local area, ascertaining their views on the current Children and Young People's Plan and gathering any issues which need to be addressed in any future plans;
- Local events being facilitated through the Area Partnership Boards, involving children and young people, are supported by the Participation, Involvement and Consultation Steering Group and Network.
H2 Improvement Plans
Current strategies are now being further strengthened, through the development of a specific Children's Participation, Involvement and Consultation Strategy and linked action plan. This focuses on four key issues:
- building capacity – through better staff training on involvement of children and through involving children themselves in staff recruitment more widely; influencing policy development – increasing the robustness of the wide range of consultation activity which involves children, for example by formally identifying all Council plans which require input and involvement of children;
- developing further consultation mechanisms with harder to reach children and young people such as those with disabilities;
- practice and promotion – to promote positive images of children and young people as stakeholders and to develop children-friendly versions of the Children's Trust strategy and action plan and review these.
** APPENDICES:
1. Assessment of Needs/ Action Plan
2. Self-evaluation document
3. Performance information
4. Data maps
5. Bookcase of plans
6. CTB partnerships – diagram
7. CTB and LSCB membership
8. Equality Impact Assessment

"""
