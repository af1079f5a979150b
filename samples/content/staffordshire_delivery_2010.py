# ruff: noqa: E501
"""Seed 000: Staffordshire Children's Trust Delivery Plan v3.1 (December 2009).

Text copied from samples/seeds/000-staffordshire-delivery-plan-2010.txt. FLOW uses the small
markup read by samples/build.py (see samples/README.md); tables are plain rows below.
"""

AUTHORITY = "Staffordshire"
SEED = "000"
TITLE = "Reduce inequalities in health, wellbeing and attainment"

FLOW = r"""
** Strategic Objective:
TITLE Reduce inequalities in health, wellbeing and attainment
** DELIVERY PLAN Version 3.1
** DATE December 2009
===page
** CONTENTS
** Page
# Objectives
# Priority Outcomes and Impacts
# Participation
# Equality and Diversity
# Accessibility
# Community Safety
# Climate Change
# Supported Plans
# Working together to improve our communities and the lives of children and young people
# One Key Deliverable and Timescale
# Action Plan
# Delivery Progress
# Performance Management
# Community and Voluntary Sector (CVS)
# Contribution to the LAA
# Resources Required
# Risk Management
===page
[[delivery_lead]]
===page
** Staffordshire Strategic Partnership
** Staffordshire Children's Trust
** Working together to improve the lives of children and young people
H1 1 | OBJECTIVE/S
__ What the plan is seeking to achieve? Please include details of the people and places it will affect, linking it back to the persuasive rationale.
Partner organisations in the Children's Trust have been tackling issues around inequalities in health, well being and attainment for a long time but these issues have often been approached as individual issues. However many of the many of the underpinning issues are common to the same vulnerable and marginalised groups and individuals hence a more coordinated and joined up approach is indicated as the way forward.
Improving outcomes for vulnerable children is the key driver for Children's Trust partners. Although the overall health and wellbeing of Staffordshire's population has continued to improve since the development of the welfare state, it is recognised that some segments of society have been, in essence, left behind. Linking with other key strategic objectives of the Children's Trust such as the refocusing of investments in services aimed at early intervention and prevention, this delivery plan will seek to coordinate initiatives to narrow the gaps in health, well being and attainment amongst children and young people in Staffordshire. Importantly and in the context of family based initiatives such as Think Family, the approach of the Children's Trust will be to make positive linkages with adult service commissioners and providers to develop a Child Poverty Strategy by September 2010.
Within the Children's Trust we have already extended the membership to adult services and Job Centre Plus colleagues to assist us in ensuring that we work together to tackle child poverty and associated inequalities. The production of a Child Poverty Strategy will be our next step in utilising resources across adult and children's services to impact on inequalities. Both children and adult services are crucial to reducing inequalities and neither of these services can achieve this objective alone. Both the children and adult Joint Strategic Needs Assessments provide evidence of inequalities and their impact on outcomes for children and this information needs to be utilised effectively to ensure a focus of limited resources on the areas of greatest need. The production of an informed and coordinated strategy on child poverty will allow decisions to be made regarding the best use of resources but in itself it is not an outcome for children and young people-Children's Trust need to consider progress against a range of indicators that demonstrate tangible improvements in the life prospects of children and young people.
There is evidence to suggest that inequalities in health, well being and attainment are closely related to child poverty. Examples of negative outcomes that are linked to deprivation and poverty include:
- Educational attainment.
- Increased morbidity and infant mortality.
- Childhood obesity.
- Teenage pregnancy.
- Smoking.
- Substance misuse.
- Criminal and anti social behaviour.
This commitment also supports the recommendations and/or delivery of:
- The Sustainable Communities Strategy specifically the priorities to develop a "Vibrant Prosperous and Sustainable Economy" and "Improving Health and Sense of Wellbeing”.
- OFSTED/CQC Inspection of Safeguarding and Looked After Children Services.
- Staffordshire Children’s Trust Annual Report.
- National Support Team visit on childhood obesity.
H2 What will be delivered in 2010/11
Key Deliverable: Development of a multi agency strategy and the supporting processes across adult and children’s services to understand and address child poverty.
Key Measures: Development of a multi agency partnership to develop the Child Poverty Strategy by September 2010.
A complete Child Poverty Strategy spanning adult and children’s services linked to reducing health, well being and attainment inequalities by March 2011.
Key Indicators:
LAA NI 45 -Young offenders’ engagement in suitable education, training and employment
LAA NI 51 - Effectiveness of Child and Adolescent Mental Health Services (CAMHS) (Vital Sign VSB 12)
LAA NI 56 - Obesity in primary school age children in year 6 (VSB09 & WCC Stretch Target)
LAA NI 80 - Achievement of a Level 3 qualification by the age of 19
NI 116 - Proportion of children in poverty PSA 9
NI 148 - Improving Pathways in education, training and employment post 16 for Looked After Children.
Lead Partnership: TBC
Lead Officer Roger Graham Lead Children, Young People and Maternity Services.
H2 1.2 | People and places...
The Child Poverty Strategy will use the evidence of JSNAs and more localised analyses of need to identify the groups and communities who are facing disadvantages and inequalities and make recommendations regarding the use of resources to address these needs. Universal services will continue to be provided across all stratas of society but increasingly resources need to be targeted to address inequalities and enhance the prospects for children and young people to move out of spirals of deprivation and establish and achieve positive aspirations.
Fundamental to the success of any strategy is the extent to which it is based on realistic and achievable goals that are relevant to the lives of children and families in need.
H1 2 | PRIORITY OUTCOMES & IMPACTS (Equalities and Vulnerable Groups)
__ Who is the activity intended to affect/benefit? Who else might the activity impact on? Please consider factors such as age, gender, religion, race, sexuality, disability. If there is likely to be a negative impact, what actions will you take to mitigate against this? Have you carried out an equality and health impact assessment?
Ultimately the beneficiaries of this approach will be children, young people and their families who currently (or in the future) face disadvantages in health, wellbeing and attainment.
Many of these families are concentrated in areas of multiple disadvantage and would benefit from community based approaches but it is also important to consider specific groups in Staffordshire that face disadvantage as a result of:
- Race
- Gender
- Disability
- Religion
- Sexuality
A Child Poverty Strategy therefore needs to understand these dimensions in making recommendations and any proposals need to be owned by these “communities” and be sensitive to the cultural mores of these groups.
The development of coordinated approaches to addressing inequalities in health, wellbeing and attainment will take many years to impact on these engrained issues but the Children’s Trust needs to monitor key areas of performance to ensure the upward trajectories of relevant proxy outcomes. These would include:
- Children are a healthy weight and have a healthy lifestyle
- Risk taking behaviour is seen to have reduced amongst children and young people– fewer teenage pregnancies and STI’s
- Improved interventions in antenatal care – uptake of breastfeeding, reduction in smoking in pregnancy and a resulting reduction in the levels of infant mortality
- Parents with disabled children find it easier to access mainstream services
- Increased attainment for vulnerable groups such as boys, looked after children and BME children by addressing the above barriers to learning as described above and continuing to implement the programmes in place to target these groups.
The attainment of this objective would be supportive of Staffordshire Children’s Trust achievement of other strategic objectives and the overall five outcomes indicated by Every Child Matters:
- Be Healthy
- Stay Safe
- Achieve Economic Wellbeing
- Make a Positive Contribution
- Enjoy and Achieve
The five outcomes are universal ambitions for all children and young people in Staffordshire but to achieve the outcome for some groups requires targeted and early intervention on a whole system basis.
An equality or health impact assessment is not currently in place but this can be built into the future programme of work.
It is important to understand that in the context of limited resource availability in forthcoming years that resource shifts to effect a reduction in inequalities is likely to lead to the diminution of services to children in relatively advantaged circumstances. The principle of progressive universalism across the continuum of children's services needs to be understood and owned by partners.
H1 3 | PARTICIPATION
__ How do you plan to engage and involve children, young people, their families and the wider community in developing the service's outlined in this delivery plan?
- 3.1 Through implementation of Participation Strategy and the Parenting Strategy.
- 3.2 Through the development of the communication's strategy for the Children's Trust
- 3.3 PCT's implementation of World Class Commissioning
- 3.4 Harnessing the role of Children's and Parent's Commissioners.
- 3.5 Creative approaches to achieving the participation of disadvantaged children and young people.
- 3.6 Building the capacity of the community to engage in helping to design the services. A recent consultation undertaken by the Parents' Commissioner identified five areas of activity that will be necessary to ensure on-going engagement and improved services:
-- Improved communication and information
-- Remove barriers to accessing services
-- Involvement in local decision-making
-- Improve the way services work together
-- Provide more services for the parents of teenagers
- 3.7 We are responding in a number of ways including the:
-- Development of the Family Information Service
-- Providing more local access to services and ensuring staff have the skills, knowledge and competencies to work with parents effectively
-- Encouraging Parents to become active and engaged in the life and delivery of services
-- Initiating the Families First programme which is the County Councils initiative which supports the introduction of multi-agency integrated locality based Early Intervention Teams and co-ordinating support for parents as part of this
-- Enhancing support for parents of Teenagers through increasing evidenced based parenting programmes
- 3.8 Effective implementation of the Children's Trust Participation strategy and engagement with Staffordshire's Children's Commissioner and Parent's Commissioner.
- 3.9 Implementation of parental engagement toolkit and Hear by Rights
H1 4 | EQUALITY AND DIVERSITY
__ Brief statement in respect of how the services within this delivery plan will ensure that its services are inclusive. Through ensuring that all service users receive equal treatment and where necessary services tailored to their individual need.
At this juncture the outcome of this delivery plan will be the development of a strategy however service reconfiguration that may follow from the recommendations will require Equality Impact Assessments. In preparing the strategy it is fundamental to seek the views of a range of stakeholders & to be clear how the maximum range of views are obtained.
H1 5 | ACCESSIBILITY
__ Are the activities set out in the plan, accessible and inclusive? Have you considered the barriers to access? How will you overcome these barriers?
As per above, the views of all stakeholders should be sought in the development of this strategy (including hard to reach groups). Appropriate levels and channels of communication need to be employed to facilitate user involvement.
H1 6 | COMMUNITY SAFETY
__ Under Section 17 of the Crime and Disorder Act, all local authorities, police authorities and other agencies must consider crime and disorder reduction and community safety in the exercise of all their duties and activities. How have you met this requirement in developing this plan?
The reduction of anti social and criminal behaviour by children and young people in Staffordshire is an outcome of this work
H1 7 | CLIMATE CHANGE
__ How have you considered the impact the activities in this plan may have on climate change?
Due regard needs to be given to environmental issues in the production of this strategy. Considerations would include:
- Use of electronic rather than paper copies of documents.
- Co-ordination of meetings to reduce travel.
H1 8 | SUPPORTED PLANS
__ Please specify the plans to which you are going to add value in delivering this, and those plans that contain more detailed actions (the additional plans you reference may be monitored by other delivery partnerships or individual organisations). (Please include the title of the plan, the organisation/partnership responsible for delivery, the lead officer and timescales for the plan).
(Any thoughts? This could be virtually all strategies of CT & single agencies?) Should we just plump for PCT strategic plans as an overarching indication of health's direction of travel. Not sure what CC would want to include.
H1 9 | WORKING TOGETHER TO IMPROVE OUR COMMUNITIES AND THE LIVES OF CHILDREN AND YOUNG PEOPLE
__ Please provide information on those cross-cutting outcomes and priorities where other thematic partnerships or organisations must input if this delivery plan is to be successful. Please include: who you will be working with; a high level description of how you will work with others to deliver the relevant outcome and priorities; and where they are reflected in other Plans.
- Staffordshire Public Health Working Group
- Joint Commissioning Unit
- Working across adult and children’s services to promote early identification of difficulties and promote community development
H1 10 | ONE KEY DELIVERABLE & TIMESCALE
__ Please detail one vital high level, short term, aim that partnership will deliver in the life of the next CYPP (e.g. 2010) that is vital to ensure the Strategic Objective(s) and Priority Outcomes (long term aims) are achieved over time.
This key deliverable will be used by the Children’s Trust Board to measure if they are having an impact.
- 10.1 Development of a multi-agency strategy across adult and children’s services to address child poverty
H1 11 | ACTION PLAN
This is multi-agency action plan that should include high level actions (strategic actions that will make the greatest difference in the timescale) that will assist us to achieve the above key deliverable and progress towards achieving the overall long term strategic objectives and priority outcomes.
This action plan will be delivered and monitored by the delivery partnership. More detailed action plans that will assist the delivery of the short and long term objectives/deliverables, including those monitored by individual partners can be referenced above under ‘section 7: Supported Plans’.
[[action_plan]]
H1 12 | DELIVERY PROGRESS
[[delivery_progress]]
[[rag_key]]
H1 13 | PERFORMANCE MANAGEMENT
13.1 The agreed indicator and targets are as follows:
[[indicators]]
Notes:
- i The data is taken from the Source and timing of updates.
- ii. Basic description of rationale for targets.
- lii Information about disaggregated targets, where appropriate:
[[locality_targets]]
Outstanding Issues:
- iv Any other important information
13.2 The agreed proxy measure for this indicator is as follows:
[[proxy_indicator]]
Notes:
- i The data is taken from the Source and timing of updates.
- ii Basic description of rationale for targets.
- iii Information about disaggregated targets, where appropriate:
[[locality_targets_proxy]]
H1 14 | COMMUNITY AND VOLUNTARY SECTOR (CVS)
14.1 Community, third sector and user organisations will be invited to participate in the process.
H1 15 | CONTRIBUTION TO THE LAA
15.1 This indicator will impact on and support the following indicators within the LAA.
H1 16 | RESOURCES REQUIRED
16.1 No additional resources require to develop the strategy.
H1 17 | RISK MANAGEMENT
17.1 These risks should reflect the high level risks facing the delivery of this plan in meeting its main objectives and what mitigating actions are in place.
** Risk Register
[[risk_register]]
** Risk Management Scoring:
[[risk_matrix]]

"""

# Key/value block from the cover page (seed lines 35-60).
DELIVERY_LEAD = [
    [
        "Delivery Lead",
        "Roger Graham Lead Children, Young People & Maternity,\nNHS North Staffordshire, Moorlands House, Leek",
    ],
    [
        "Delivery Partnership",
        "Name of delivery partnership: Inequalities Task and Finish (includes: Public Health Multi-Agency Partnership and Financial Inclusion Group)\nTo be negotiated with Public Health Working Group",
    ],
    [
        "",
        "Roger Graham\nCheryl Sherratt\nRichard Hancock\nBill Dewar\nNicola Sawyer\nDenise Vittorino",
    ],
    [
        "Document control",
        "Version 3 Last updated Date: 09.12.09\nVersion 3.1 updated 10.02.10 (participation points 3.6-3.9 added)",
    ],
]

# 11. ACTION PLAN (seed lines 257-260): Key Actions | Completion Date | Lead Officer & Organisation
ACTION_PLAN_HEADER = ["Key Actions", "Completion Date", "Lead Officer & Organisation"]
ACTION_PLAN = [
    [
        "1. Develop a multi-agency partnership task and finish group across children\u2019s and adults services to develop a multi-agency strategy:\n\u2022 Agree core offer \u2013 to be available everywhere\n\u2022 Quality Assurance for local more organic implementation",
        "August 2010",
        "Jim Brady SCC",
    ],
    [
        "2.Ensure addressing inequalities is integral to the Implementation of the following strategies:\n\u2022 Teenage Pregnancy Strategy\n\u2022 Childhood obesity framework\n\u2022 Maternity services\n\u2022 Healthy School Standard\n\u2022 Inclusion and wellbeing strategy",
        "",
        "",
    ],
]

# 12. DELIVERY PROGRESS (seed lines 267-268): an empty monitoring template, two header rows.
DELIVERY_PROGRESS_HEADER = [
    [
        "Delivery Plan Action No.",
        "Actions",
        "Measure (please include measure for this action)",
        "Performance Commentary",
        "Progress Assessment - R.A.G *",
        "",
        "",
        "",
        "Actions to bring back on track where Amber or Red",
    ],
    ["", "", "", "", "Quarter one", "Quarter two", "Quarter three", "Quarter four", ""],
]

# RAG key (seed lines 270-273).
RAG_KEY_TITLE = "Key A: Risk Assessment (Rag Rating)"
RAG_KEY = [
    [
        "RED",
        "There is a high risk that the performance target will not be achieved by the end of the year. Activity and delivery relating to this indicator/plan is not on track and there is little confidence that it will be at the end of the year.",
    ],
    [
        "AMBER",
        "There is concern about the likelihood of achieving the performance target by the end of the year. Activity and delivery relating to this indicator/delivery plan is not on track but robust plans in place and confident that it will be on track by the end of the year; or on track but no confidence that it will remain so at the end of the year.",
    ],
    [
        "GREEN",
        "The performance target is on track to be achieved at the end of the year. Activity and delivery relating to this indicator/delivery plan is on track and confident that it will be so at the end of the year.",
    ],
]

# 13.1 indicators (seed lines 279-289). Baselines and targets are blank in the seed and stay blank.
TARGET_YEARS = ["Yr 1 2010/11", "Yr 2 2011/12", "Yr 3 2012/13"]
INDICATORS = [
    ["45 LAA", "Young offenders' engagement in suitable education, training and employment"],
    ["56 LAA", "Obesity in primary school age children in Year 6"],
    ["80 LAA/PSA 10", "Achievement of a Level 3 qualification by the age of 19"],
]
# 13.2 proxy measure (seed lines 319-321).
PROXY_INDICATORS = [
    ["54 PSA 12", "Services for disabled children"],
]
# Disaggregated targets by locality (seed lines 301-311), values blank in the seed.
LOCALITIES = [
    "Cannock",
    "East Staffordshire",
    "Lichfield",
    "Newcastle",
    "South Staffordshire",
    "Stafford",
    "Staffordshire Moorlands",
    "Tamworth",
]

# 17. Risk register. The seed's register (line 360) has a header and no rows. These rows are
# COMPOSED from facts stated elsewhere in seed 000 (quoted phrases; source lines given). Impact and
# likelihood scores are not stated anywhere in the seed, so those cells stay blank.
RISK_HEADER = [
    "Risk No.",
    "Risk description",
    "Impact *",
    "Likelihood *",
    "Mitigating actions",
    "Responsible officer",
    "Completion date",
]
RISK_ROWS = [
    # lines 126, 128, 108, 258
    [
        "1",
        "Lead Partnership: TBC \u2013 no agreed lead partnership for the development of a multi agency partnership to develop the Child Poverty Strategy by September 2010.",
        "",
        "",
        "Develop a multi-agency partnership task and finish group across children\u2019s and adults services to develop a multi-agency strategy",
        "Jim Brady SCC",
        "August 2010",
    ],
    # lines 172, 204, 128, 110
    [
        "2",
        "An equality or health impact assessment is not currently in place.",
        "",
        "",
        "This can be built into the future programme of work. Service reconfiguration that may follow from the recommendations will require Equality Impact Assessments.",
        "Roger Graham",
        "March 2011",
    ],
    # line 174, 128, 110
    [
        "3",
        "In the context of limited resource availability in forthcoming years resource shifts to effect a reduction in inequalities is likely to lead to the diminution of services to children in relatively advantaged circumstances.",
        "",
        "",
        "The principle of progressive universalism across the continuum of children\u2019s services needs to be understood and owned by partners.",
        "Roger Graham",
        "March 2011",
    ],
    # lines 204, 210, 128, 108
    [
        "4",
        "The views of a range of stakeholders (including hard to reach groups) are not obtained in preparing the strategy.",
        "",
        "",
        "Appropriate levels and channels of communication need to be employed to facilitate user involvement.",
        "Roger Graham",
        "September 2010",
    ],
]

# Risk Management Scoring (seed lines 364-370).
IMPACT_LABELS = ["Low (1)", "Reasonable (2)", "Major (3)", "Severe (4)", "Catastrophic (5)"]
LIKELIHOOD_LABELS = ["Very likely (5)", "Likely (4)", "Possible (3)", "Unlikely (2)", "Remote (1)"]
