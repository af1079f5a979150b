# ruff: noqa: E501
"""Appendix A of seed 001 (Cheshire West and Chester CYP Plan 2012-15): Priorities and Milestones.

Copied from samples/seeds/001-cheshire-west-cyp-plan-2012-15.txt lines 487-630. Rows that the text
extraction split over two lines (a cell continued on the next line) are joined again here; one
garbled row ("...across the borough C") lost its trailing "C" and has no named person.

Each priority is one table: groups of (Action, [(Milestone, Start Date, Review Date, Person), ...]).
"""

PRIORITY_TABLES = [
    {
        "priority": "Effective Early Support so that families know how to access services through a single front door with a single integrated assessment process that delivers interventions effectively for Levels 2 and 3 of the Continuum of Need",
        "groups": [
            (
                "Produce the Early Support Strategy",
                [
                    (
                        "Draft Strategy is consulted upon",
                        "June 2012",
                        "September 2012",
                        "Ali Stathers-Tracey",
                    ),
                    (
                        "Establish work programme for the Early Support Strategy Group",
                        "May 2012",
                        "October 2012",
                        "Ali Stathers-Tracey",
                    ),
                    (
                        "Launch Team around the Family Assessment Tool",
                        "June 2012",
                        "June 2012",
                        "Ali Stathers-Tracey",
                    ),
                    (
                        "Roll out TAF implementation Workshops",
                        "June/July 2012",
                        "October 2012",
                        "Ali Stathers-Tracey",
                    ),
                ],
            ),
            (
                "Evaluate and test early intervention models that make a difference",
                [
                    (
                        "Review existing provision of parenting programmes across the borough",
                        "August 2012",
                        "January 2013",
                        "",
                    ),
                    (
                        "Establish national and international best practice models for parenting Part of below",
                        "June 2012",
                        "January 2013",
                        "Paula Worthington",
                    ),
                ],
            ),
            (
                "Commission new model of early intervention with families",
                [
                    (
                        "Design service specification around what works",
                        "February 2013",
                        "April 2013",
                        "Head of Integrated Investment Unit",
                    ),
                    (
                        "Review effectiveness of new service",
                        "April 2013",
                        "September 2013",
                        "Head of Integrated Investment Unit",
                    ),
                    (
                        "Undertake options appraisal for new team models including costing location review and models of operation",
                        "December 2012",
                        "April 2013",
                        "Head of Integrated Investment Unit",
                    ),
                ],
            ),
            (
                "Review potential models for co-located integrated teams based on children's centres",
                [
                    (
                        "Undertake a review of existing children's services operating preventative models of service including current location, team structures and financial commitment",
                        "June 2012",
                        "December 2012",
                        "Paul Boyce",
                    ),
                    (
                        "Undertake options appraisal for new team models including costing location review and models of operation",
                        "December 2012",
                        "April 2013",
                        "Sarah Clein",
                    ),
                ],
            ),
            (
                "Refresh all the early support actions and new forward plan produced",
                [
                    (
                        "Early Support Group to review and refresh the action plan",
                        "March 2013",
                        "March 2014",
                        "Ali Stathers-Tracey",
                    ),
                ],
            ),
        ],
    },
    {
        "priority": "Improved outcomes for Children in Care so that children are engaged in planning services such as leaving care service and there is an improvement in the stability of placements for looked after children",
        "groups": [
            (
                "Closer liaison between CiC Council and Children's Trust",
                [
                    (
                        "Children's Trust adopts and commits to deliver on the CiC pledges – Corporate Parenting Board is also reviewing the delivery of the Pledge",
                        "October 2012",
                        "November 2013",
                        "Ali Stathers-Tracey",
                    ),
                    (
                        "Children's Participation Team moves under line management of Children's Trust",
                        "July 2012",
                        "April 2013",
                        "Ali Stathers-Tracey",
                    ),
                    (
                        "Direct engagement of CiC council in CT planning events",
                        "June 2012",
                        "April 2013",
                        "Ali Stathers-Tracey",
                    ),
                ],
            ),
            (
                "Review of the effectiveness and quality of leaving care service",
                [
                    (
                        "Consult with young care leavers about plans to establish the leaving care service.",
                        "July 2012",
                        "December 2012",
                        "Jeff Hayes",
                    ),
                    ("Review leaving care service", "January 2013", "March 2013", "Liz Davenport"),
                    (
                        "Recommendations fed back to CTB and LSCB with improvements reviewed within 12 months",
                        "July 2013",
                        "July 2014",
                        "Sandra Campbell",
                    ),
                ],
            ),
            (
                "Review of effective adoption service in line with national policy review",
                [
                    (
                        "Analysis of national green/white paper and required improvements reported to the Board - consultation",
                        "September 2012",
                        "November 2012",
                        "Isabel Noonan/Sarah Blaylock",
                    ),
                    (
                        "Adoption summit held and Scrutiny report produced by elected member",
                        "July 2012",
                        "January 2013",
                        "Cllr. Stocks/Sandra Campbell",
                    ),
                    (
                        "Review effectiveness of Fostering and Adoption Service to be undertaken once actions and recommendations implemented",
                        "January 2013",
                        "September 2013",
                        "Jean Miller",
                    ),
                ],
            ),
            (
                "Review of Stability of Placements for looked after children in light of on-going review and improvements",
                [
                    (
                        "Undertake task to establish baseline and report to CT",
                        "July 2012",
                        "September 2012",
                        "Ian Kirby",
                    ),
                    (
                        "To develop a plan to improve placement",
                        "September 2012",
                        "December 2012",
                        "Liz Davenport",
                    ),
                    (
                        "Undertake survey with young people to test that service improvement had impact on them including reduction in placement moves",
                        "January 2013",
                        "January 2014",
                        "Catriona Sreenan",
                    ),
                ],
            ),
        ],
    },
    {
        "priority": "Improved outcomes for children and young people who experience domestic abuse so that children will be safer and the Trust will know which interventions are most effective in safeguarding children",
        "groups": [
            (
                "Undertake a review of existing operational services supporting children",
                [
                    (
                        "Undertake borough wide review across agencies to establish effectiveness of current interventions",
                        "September 2012",
                        "April 2013",
                        "Tbc chair of DA Sub",
                    ),
                    (
                        "Present what effective models and tools for supporting children affected by DA are available {first}",
                        "September 2012",
                        "April 2013",
                        "Chair of DA Sub",
                    ),
                    (
                        "Present the national policy position of DA and the impact for CWaC children",
                        "September 2012",
                        "October 2012",
                        "Isabel Noonan/Sarah Blaylock",
                    ),
                ],
            ),
            (
                "Present analysis of local MARAC cases in the context of child's experience to the CTB",
                [
                    (
                        "To undertake the analysis and impact known to the system",
                        "November 2012",
                        "February 2013",
                        "Ian Kirby",
                    ),
                ],
            ),
            (
                "Commission refreshed intervention model of preventative service plus model for intensive intervention for children links with Living Well",
                [
                    (
                        "Cross reference with early intervention parenting service specification",
                        "Same as below",
                        "",
                        "Chair of DA",
                    ),
                    (
                        "Identify resources for work with children and young people in schools/universal settings to explore the issue of abusive relationships",
                        "Date in early support",
                        "",
                        "Chair of DA",
                    ),
                ],
            ),
            (
                "Voice of the child in DA",
                [
                    (
                        "Experience survey to be undertaken and results analysed to inform future commissioning rounds",
                        "November 2012",
                        "March 2013",
                        "Participation Group",
                    ),
                ],
            ),
        ],
    },
    {
        "priority": "Narrowing the Gap for children who live in more disadvantaged areas by ensuring that children make at least the expected progress and achieve in accordance with their potential in high quality schools and settings",
        "groups": [
            (
                "Narrow the attainment gap for children in care",
                [
                    (
                        "Improve the outcomes of looked after children at all key stages through: increasing the % of quality PEPS with SMART targets and through coherent working through education (LA and schools) and social care.",
                        "April 2012",
                        "September 2013",
                        "Barbara Pickford/Liz Davenport",
                    ),
                    (
                        "Multi agency care planning meetings demonstrate evidence of impact in terms of outcomes for looked after children.",
                        "April 2012",
                        "December 2012",
                        "Barbara Pickford/Liz Davenport",
                    ),
                    (
                        "Governors, foster carers, designated teacher/practitioners/ social workers access high quality training and support",
                        "July 2012",
                        "December 2012",
                        "Barbara Pickford",
                    ),
                    (
                        "Continue to develop the monitoring and tracking of the progress of looked after children so that early intervention can be put in place to improve educational outcomes.",
                        "September 2012",
                        "March 2013",
                        "Barbara Pickford",
                    ),
                ],
            ),
            (
                "Narrow the attainment gap for children on free school meals",
                [
                    (
                        "Schools and settings where attainment of free school meal (FSM) children is lower than attainment for non FSM children have been identified and shared with individual schools, headteachers and governors",
                        "September 2012",
                        "November 2012",
                        "Janet Beckett/Sarah Lister",
                    ),
                    (
                        "Schools identify and implement Intervention and support which improves the progress of children on FSM",
                        "September 2012",
                        "September 2013",
                        "Janet Beckett/Sarah Lister",
                    ),
                    (
                        "Identify and share good practice around strategies that work to improve the educational outcomes for children on FSM; appropriate CPD made available to children's centres, PVI settings and schools",
                        "December 2012",
                        "March 2013",
                        "Sarah Lister/Christine Ridley-Thomas",
                    ),
                    (
                        "Work with schools to improve approaches to analysing the data on children on FSMs, identifying targets for accelerated progress and effective monitoring and tracking.",
                        "September 2012",
                        "March 2013",
                        "Sarah Lister/Christine Ridley-Thomas",
                    ),
                ],
            ),
            (
                "Narrow the attainment gap for boys",
                [
                    (
                        "Schools and settings where attainment of boys is lower than girls have been identified and shared with individual schools, headteachers and governors",
                        "September 2012",
                        "November 2012",
                        "Janet Beckett/Sarah Lister",
                    ),
                    (
                        "Schools identify and implement Intervention and support which improves the progress of boys",
                        "September 2012",
                        "September 2013",
                        "Janet Beckett/Sarah Lister",
                    ),
                    (
                        "Identify and share good practice around strategies that work to improve the educational outcomes for boys; appropriate CPD made available to children's centres, PVI settings and schools",
                        "December 2012",
                        "March 2013",
                        "Sarah Lister/Christine Ridley-Thomas",
                    ),
                ],
            ),
        ],
    },
    {
        "priority": "Improved health and well being outcomes for children and young people in the borough, so that more children are breastfed, including in areas/families where breastfeeding is less likely and the rise in obesity amongst children is reduced",
        "groups": [
            (
                "Increasing breastfeeding rates at 6-8 weeks",
                [
                    (
                        "Deliver 2 peer support programmes producing 20 new Bosom Buddies to support existing team",
                        "TBC (provisional date Sept/Oct 2012)",
                        "December 2012",
                        "Katie Tierney",
                    ),
                    (
                        "Peer support delivered in Community Hospital settings",
                        "ongoing",
                        "Dec 2012",
                        "Katie Tierney",
                    ),
                    (
                        "Audit of Breastfeeding Support Groups",
                        "December 2012",
                        "March 2013",
                        "Katie Tierney",
                    ),
                    (
                        "Ensure providers have sustainability plans to achieve/maintain BFI commitments",
                        "ongoing",
                        "March 2014",
                        "Katie Tierney",
                    ),
                ],
            ),
            (
                "Increase childhood healthy weight",
                [
                    (
                        "Delivery of HENRY Core Training programme to Health Practitioners and Early Years Practitioners across CWaC. 2 courses leading to a maximum of 32 practitioners trained",
                        "Nov 2012",
                        "March 2013",
                        "Katie Tierney",
                    ),
                    (
                        "Procurement of child weight management service for school age children and young people",
                        "July 2012",
                        "March 2013",
                        "Rachel Raw",
                    ),
                    (
                        "Review effectiveness of newly procured service in line with service specification outcome",
                        "April 2013",
                        "March 2014",
                        "Rachel Raw",
                    ),
                ],
            ),
            (
                "Develop a common illness self care programme for parents/carers in order to reduce hospital admissions in the under 5's",
                [
                    (
                        "Develop a discussion paper for key meetings Secure agreement for funding Commission programme Implement programme Monitor and Review",
                        "November 2012",
                        "March 2013",
                        "Sarah Clein",
                    ),
                ],
            ),
            (
                "Develop an Integrated Children's Investment Team",
                [
                    (
                        "Integrated Investment and Outcome vision paper developed and agreed by key partners",
                        "31 august 2012",
                        "March 2013",
                        "Head of Integrated Investment Unit",
                    ),
                    (
                        "Integrated Investment and Outcome Delivery Plan developed",
                        "1 January 2013",
                        "April 2013",
                        "Head of Integrated Investment Unit",
                    ),
                    (
                        "Operational frameworks agreed, staffing agreed",
                        "1 January 2013",
                        "31 March 2013",
                        "Paul Boyce",
                    ),
                ],
            ),
            (
                "Develop an Integrated assessment and decision making process for children with disabilities, complex needs and additional health care needs linked to the Access to Resources Team (ART)",
                [
                    (
                        "Scoping phase with key partners",
                        "30 September 2012",
                        "31 March 2013",
                        "Sarah Clein/Emma Meakin",
                    ),
                    (
                        "Development of an integrated discussion and decision making process",
                        "31 October 2012",
                        "31 March 2013",
                        "Sarah Clein/Emma Meakin",
                    ),
                    (
                        "Implementation of an agreed integrated discussion and decision making process",
                        "31 December 2012",
                        "31 March 2013",
                        "Sarah Clein/Emma Meakin",
                    ),
                ],
            ),
            (
                "Develop an integrated commissioning approach to services for children with disabilities, including community equipment",
                [
                    (
                        "Children with disabilities health issues multi agency workshop",
                        "30 September 2012",
                        "30 September 2013",
                        "",
                    ),
                    ("Delivery Plan developed", "30 November 2012", "", ""),
                    ("Delivery Plan implemented", "31 March 2014", "", ""),
                ],
            ),
            (
                "Stop the inflow of young people recruited as smokers, to motivate and assist every smoker to quit and to protect families and communities from tobacco – related harm",
                [
                    (
                        "Deliver a comprehensive Tobacco control action plan in order to reduce smoking rates among 15 year olds to 12% or less by end of 2015",
                        "April 2012",
                        "March 2014",
                        "",
                    ),
                ],
            ),
            (
                "Develop a toolkit for young carers re: death, dying and loss",
                [
                    (
                        "Carry out 2 x focus groups with young carers to identify their needs",
                        "October 2012",
                        "November 2012",
                        "Lydia Orford",
                    ),
                    (
                        "Resource development sub group of Cheshire Living Well Dying Well Partnership to support development of a toolkit in response to need",
                        "December 2012",
                        "",
                        "Lydia Orford",
                    ),
                    (
                        "Toolkit to be endorsed by Cheshire Living Well Dying Well Partnership",
                        "January 2013",
                        "",
                        "Lydia Orford",
                    ),
                    (
                        "Toolkit to be piloted with group of young carers",
                        "February 2013",
                        "March 2013",
                        "Lydia Orford",
                    ),
                ],
            ),
            (
                "Reduce hospital admissions for alcohol, substance misuse",
                [
                    (
                        "YP Providers forum reinstated",
                        "September 2012",
                        "March 2013",
                        "Lorraine Guy",
                    ),
                    (
                        "Review and refresh pathways for young people available with a focus on universal and lower threshold interventions",
                        "December 2012",
                        "March 2013",
                        "Lorraine Guy",
                    ),
                    (
                        "Ensure universal staff can screen and refer young people for lower threshold support",
                        "April 2013",
                        "October 2013",
                        "Lorraine Guy",
                    ),
                    (
                        "Ensure training on brief advice-information available for universal services",
                        "Ongoing",
                        "Ongoing",
                        "Lorraine Guy",
                    ),
                    (
                        "Provide/design marketing materials with local schools, prevention",
                        "February 2013",
                        "Ongoing",
                        "Lorraine Guy",
                    ),
                    (
                        "Redesign and commission of integrated lower threshold and treatment services",
                        "January 2013",
                        "March 2014",
                        "Lorraine Guy",
                    ),
                    (
                        "Review ASB process and interface with YOS and drug/alcohol agencies",
                        "December 2012",
                        "March 2013",
                        "Lorraine Guy",
                    ),
                    (
                        "Ensure pathway with MST programme have robust linkages with drug and alcohol services",
                        "December 2012",
                        "March 2013",
                        "Lorraine Guy",
                    ),
                ],
            ),
            (
                "Reduce hospital admissions for injury and self harm",
                [
                    (
                        "Develop a comprehensive needs assessment to highlight key issues and gaps",
                        "April 2012",
                        "November 2013",
                        "Kristina Poole",
                    ),
                    ("Action plan developed", "Jan 2013", "March 2013", "TBC"),
                    ("Action Plan Implemented", "April 2013", "March 2014", "TBC"),
                ],
            ),
            (
                "Reduce road traffic accidents ion young people",
                [
                    ("", "", "", "Road Safety"),
                ],
            ),
            (
                "Reduce teenage pregnancy",
                [
                    (
                        "Focus on pathways for risky sexual behaviour and ensure interface with lower threshold drug and alcohol services",
                        "April 2013",
                        "October 2013",
                        "Lorraine Guy",
                    ),
                    (
                        "Communications programme of action developed to promote the new young people's services",
                        "October 2012",
                        "December 2012",
                        "Jayne Fortune",
                    ),
                    (
                        "Implementation of young People Friendly initiative",
                        "October 2012",
                        "Reviewed monthly in the short term",
                        "Jayne Fortune",
                    ),
                    (
                        "Condom Distribution scheme",
                        "October 2012",
                        "February 2013",
                        "Jayne Fortune",
                    ),
                    (
                        "Implementation of young people's sexual health outreach project",
                        "October 2012",
                        "February 2013",
                        "Jayne Fortune",
                    ),
                ],
            ),
            (
                "Reduce Chlamydia in 16-24 year olds",
                [
                    (
                        "Implementation of young people's sexual health outreach project",
                        "October 2012",
                        "February 2013",
                        "Jayne Fortune",
                    ),
                ],
            ),
            (
                "Reduce alcohol use in young people",
                [
                    (
                        "Targeted social marketing campaigns",
                        "December 2012",
                        "Ongoing",
                        "Lorraine Guy",
                    ),
                    (
                        "Focus group with young people to understand alcohol trends/misuse",
                        "September 2012",
                        "December 2013",
                        "Lorraine Guy",
                    ),
                    (
                        "Link with key agencies to address intergenerational transfer of addiction risks",
                        "Ongoing",
                        "Ongoing",
                        "Lorraine Guy",
                    ),
                    (
                        "Ensure school training programmes covers risk for alcohol misuse and cross use with drugs; legal highs, cannabis, steroids",
                        "February 2013",
                        "September 2013",
                        "Lorraine Guy",
                    ),
                    (
                        "Scope training offered to schools by statutory agencies; Police, Fire, Health and commissioned providers",
                        "March 2013",
                        "August 2013",
                        "Lorraine Guy",
                    ),
                    (
                        "Monitor and review performance of commissioned providers. Focus on TOPs and exits",
                        "Ongoing",
                        "Ongoing",
                        "Lorraine Guy",
                    ),
                ],
            ),
            (
                "Safeguarding protocol in place between Children's Social Care and Drug and Alcohol Services",
                [
                    (
                        "Produce drug and alcohol safeguarding protocol for agreement by local safeguarding boards",
                        "September 2012",
                        "March 2013",
                        "Lorraine Guy",
                    ),
                    ("Launch of safeguarding protocol", "October 2012", "", "Lorraine Guy"),
                ],
            ),
        ],
    },
    {
        "priority": "Families Together",
        "groups": [
            (
                "Child's attendance at School",
                [
                    (
                        "Child in family has had fewer than 3 fixed exclusions and less than 15% of unauthorised absences in the last 3 school terms",
                        "",
                        "",
                        "",
                    ),
                ],
            ),
            (
                "Reduction in anti-social behaviour across the family",
                [
                    (
                        "A 60% reduction in anti-social behaviour across the family in the last 6 months",
                        "",
                        "",
                        "",
                    ),
                ],
            ),
            (
                "Reduction of Youth Offending in the family",
                [
                    (
                        "Offending rate by all minors in the family reduced by at least 33% in the last 3 months",
                        "",
                        "",
                        "",
                    ),
                ],
            ),
            (
                "Improved opportunities for members of the family to enter work",
                [
                    (
                        "One adult in the family has either volunteered for the programme or attached to the ESF provision in the last 6 months",
                        "",
                        "",
                        "",
                    ),
                    (
                        "At least on adult in the family has moved off out of work benefits into continuous employment in the last 6 months (and is not on the ESF provision or work programme)",
                        "",
                        "",
                        "",
                    ),
                ],
            ),
        ],
    },
]
