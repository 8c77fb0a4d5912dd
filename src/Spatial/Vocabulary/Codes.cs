namespace FireMap.Spatial.Vocabulary;

/// <summary>
/// Every code list of FireMap with its Chinese and English labels: the one place a label is
/// written. The database's CHECK constraints, the GraphQL enums, the import format, exports,
/// the demo-data generator and the map (through <c>/api/vocabulary</c>) use these lists; tests
/// hold the migrations and the risk model's enums to them.
/// </summary>
public static class Codes
{
    /// <summary>Use class of a building (<c>buildings.use_class</c>).</summary>
    public static readonly CodeList UseClass = new("UseClass", "Use class of a building.",
        new("residential", "住宅", "Residential"),
        new("office", "办公", "Office"),
        new("commercial", "商业", "Commercial"),
        new("mixed", "商住混合", "Mixed use", "treated as non-residential for the GB 50016 high-rise rule (over 24 m)"),
        new("industrial", "工业", "Industrial"),
        new("warehouse", "仓储", "Storage"),
        new("public", "公共建筑", "Public building"),
        new("other", "其他", "Other"));

    /// <summary>State of a building's fire protection system (alarm, smoke control, sprinkler, hydrant).</summary>
    public static readonly CodeList SystemStatus = new("SystemStatus", "State of a fire protection system.",
        new("ok", "正常", "Working"),
        new("fault", "故障", "Faulty", "present but not working"),
        new("absent", "未设置", "Absent", "not installed"));

    /// <summary>Kind of gathering or special place the campaign names (<c>places.category</c>).</summary>
    public static readonly CodeList PlaceCategory = new("PlaceCategory", "Kind of gathering or special place.",
        new("hotel", "宾馆", "Hotel"),
        new("restaurant", "餐饮", "Restaurant"),
        new("market", "市场", "Market"),
        new("mall", "商场", "Mall"),
        new("entertainment", "娱乐场所", "Entertainment venue"),
        new("school", "学校", "School"),
        new("hospital", "医院", "Hospital"),
        new("elderly_care", "养老机构", "Elderly care"),
        new("epidemic_site", "涉疫场所", "Epidemic-related site"),
        new("cultural_heritage", "文物建筑", "Cultural heritage"),
        new("escape_room", "密室逃脱", "Escape room"),
        new("express_delivery", "快递站点", "Express-delivery site"),
        new("logistics_warehouse", "物流仓储", "Logistics warehouse"),
        new("clean_room_factory", "洁净厂房", "Clean-room factory"),
        new("factory", "厂房", "Factory"),
        new("warehouse", "仓库", "Warehouse"),
        new("ebike_charging", "电动自行车停放充电场所", "E-bike parking and charging"),
        new("energy_storage", "储能电站", "Energy-storage station"),
        new("group_rental", "群租房", "Group rental"),
        new("three_in_one", "三合一场所", "Three-in-one premises", "living, production and trade under one roof"));

    /// <summary>Kind of fire-fighting force (<c>stations.kind</c>).</summary>
    public static readonly CodeList StationKind = new("StationKind", "Kind of fire-fighting force.",
        new("fire_station", "消防救援站", "Fire and rescue station", "reaches the edge of its district within 5 minutes"),
        new("micro_station", "微型消防站", "Micro fire station", "on scene within 3 minutes"),
        new("volunteer_team", "志愿消防队", "Volunteer fire team"),
        new("subdistrict_brigade", "街道专职消防队", "Sub-district full-time brigade", "the sub-district's own full-time crew with an engine"));

    /// <summary>Kind of outdoor hydrant (<c>hydrants.kind</c>).</summary>
    public static readonly CodeList HydrantKind = new("HydrantKind", "Kind of outdoor hydrant.",
        new("above_ground", "地上式", "Above ground"),
        new("underground", "地下式", "Underground"),
        new("wall", "墙壁式", "Wall-mounted"));

    /// <summary>State of an outdoor hydrant (<c>hydrants.status</c>).</summary>
    public static readonly CodeList HydrantStatus = new("HydrantStatus", "State of a hydrant.",
        new("ok", "完好", "Working"),
        new("fault", "故障", "Faulty"));

    /// <summary>Class of a road (<c>roads.road_class</c>).</summary>
    public static readonly CodeList RoadClass = new("RoadClass", "Class of a road.",
        new("arterial", "主干路", "Arterial"),
        new("secondary", "次干路", "Secondary"),
        new("branch", "支路", "Branch"),
        new("alley", "街巷", "Alley"));

    /// <summary>Class of an edge of the routable network (<c>network_edges.edge_class</c>): the road classes and fire lanes.</summary>
    public static readonly CodeList NetworkEdgeClass = new("NetworkEdgeClass", "Class of an edge of the routable road network.",
        new("arterial", "主干路", "Arterial"),
        new("secondary", "次干路", "Secondary"),
        new("branch", "支路", "Branch"),
        new("alley", "街巷", "Alley"),
        new("fire_lane", "消防车通道", "Fire lane", "impassable for fire engines while blocked"));

    /// <summary>How a station's crew travels (<c>coverage_speeds.vehicle</c>); speeds per edge class come from configuration.</summary>
    public static readonly CodeList VehicleKind = new("VehicleKind", "How a station's crew travels.",
        new("engine", "消防车", "Fire engine", "may not use a blocked fire lane"),
        new("e_trike", "电动三轮车", "Electric tricycle", "a micro fire station's vehicle"),
        new("foot", "步行", "On foot"));

    /// <summary>Hazard class of a building for the effective response force (FireCARES: 15 / 27 / 42 staff within 8 minutes).</summary>
    public static readonly CodeList ResponseHazardClass = new("ResponseHazardClass", "Hazard class of a building for the effective response force.",
        new("low", "低危险", "Low hazard", "low-rise homes, offices and other buildings"),
        new("medium", "中危险", "Medium hazard", "low-rise commercial, mixed-use and public buildings"),
        new("high", "高危险", "High hazard", "high-rise buildings, factories and warehouses"));

    /// <summary>Current state of a fire lane, worst first (GB 50016: at least 4 m clear width and height).</summary>
    public static readonly CodeList FireLaneStatus = new("FireLaneStatus", "Current state of a fire lane, worst first.",
        new("blocked", "堵塞", "Blocked", "an active blockage leaves less than 4 m"),
        new("non_compliant", "不达标", "Non-compliant", "the lane's own clear width or height is below 4 m"),
        new("narrowed", "变窄", "Narrowed", "active blockages, but at least 4 m remain"),
        new("clear", "畅通", "Clear", "compliant and unobstructed"));

    /// <summary>What obstructs a fire lane (<c>blockages.cause</c>).</summary>
    public static readonly CodeList BlockageCause = new("BlockageCause", "What obstructs a fire lane.",
        new("parked_car", "机动车停放", "Parked car"),
        new("ebike", "电动自行车停放", "Parked e-bikes"),
        new("stall", "摊点占道", "Street stall"),
        new("piled_goods", "堆放杂物", "Piled goods"),
        new("fixed_barrier", "固定障碍物", "Fixed barrier", "posts, bollards, planters"),
        new("overhead_cable", "架空线缆", "Overhead cable"),
        new("construction", "施工占用", "Construction"),
        new("other", "其他", "Other"));

    /// <summary>Cause of a recorded fire (<c>incidents.cause</c>).</summary>
    public static readonly CodeList IncidentCause = new("IncidentCause", "Cause of a recorded fire.",
        new("electrical", "电气故障", "Electrical"),
        new("ebike", "电动自行车", "E-bike"),
        new("cooking", "用火不慎（炊事）", "Cooking"),
        new("smoking", "吸烟", "Smoking"),
        new("open_flame", "明火", "Open flame"),
        new("arson", "放火", "Arson"),
        new("other", "其他", "Other"));

    /// <summary>What a hazard is found on (<c>hazards.subject_type</c>).</summary>
    public static readonly CodeList HazardSubjectType = new("HazardSubjectType", "What a hazard is found on.",
        new("building", "建筑", "Building"),
        new("place", "场所", "Place"),
        new("compound", "小区", "Compound"),
        new("fire_lane", "消防车通道", "Fire lane"));

    /// <summary>Category of a hazard (<c>hazards.category</c>).</summary>
    public static readonly CodeList HazardCategory = new("HazardCategory", "Category of a fire hazard.",
        new("blocked_exit", "疏散通道堵塞", "Blocked exit"),
        new("fire_lane_occupied", "占用消防车通道", "Fire lane occupied"),
        new("ebike_indoor_charging", "电动自行车入户充电", "E-bike charged indoors"),
        new("electrical_wiring", "电气线路隐患", "Electrical wiring"),
        new("extinguisher_missing", "灭火器缺失", "Extinguisher missing"),
        new("alarm_fault", "报警系统故障", "Alarm system faulty"),
        new("sprinkler_fault", "喷淋系统故障", "Sprinkler system faulty"),
        new("hydrant_fault", "消火栓故障", "Hydrant faulty"),
        new("flammable_storage", "易燃物堆放", "Flammable storage"),
        new("group_rental", "群租房", "Group rental"),
        new("three_in_one", "三合一场所", "Three-in-one premises"),
        new("illegal_construction", "违章搭建", "Illegal construction"),
        new("other", "其他", "Other"));

    /// <summary>Severity of a hazard (<c>hazards.severity</c>).</summary>
    public static readonly CodeList HazardSeverity = new("HazardSeverity", "Severity of a fire hazard.",
        new("general", "一般隐患", "General"),
        new("major", "重大隐患", "Major", "candidates for listed supervision (挂牌督办)"));

    /// <summary>Where a hazard stands in its rectification (<c>hazards.status</c>).</summary>
    public static readonly CodeList HazardStatus = new("HazardStatus", "Where a hazard stands in its rectification.",
        new("found", "发现", "Found"),
        new("rectifying", "整改中", "Being rectified"),
        new("awaiting_review", "待复查", "Awaiting review", "rectification submitted, waiting for re-inspection (复查)"),
        new("closed", "已销号", "Closed"));

    /// <summary>A step of the hazard workflow (<c>hazard_transitions.action</c>): 发现 → 整改 → 复查 → 销号, deadlines and supervision.</summary>
    public static readonly CodeList HazardAction = new("HazardAction", "A step of the hazard workflow.",
        new("report", "上报", "Reported"),
        new("start_rectification", "开始整改", "Rectification started"),
        new("submit_rectification", "提交复查", "Submitted for review"),
        new("review_accepted", "复查合格销号", "Review passed, closed"),
        new("review_refused", "复查不合格", "Review failed", "back to rectification"),
        new("extend_deadline", "延长整改期限", "Deadline extended"),
        new("supervise", "列入挂牌督办", "Listed for supervision"),
        new("end_supervision", "摘牌", "Supervision ended"));

    /// <summary>Kind of a hazard alert for the signed-in user's scope.</summary>
    public static readonly CodeList HazardAlertKind = new("HazardAlertKind", "Kind of a hazard alert.",
        new("overdue", "逾期未整改", "Overdue", "open after its deadline"),
        new("due_soon", "即将到期", "Due soon", "deadline within the next 3 days"),
        new("supervised_overdue", "挂牌督办逾期", "Supervised and overdue", "listed for supervision and past its deadline"),
        new("visit_overdue", "走访逾期", "Visit overdue", "a vulnerable resident not visited within the visit frequency"),
        new("campaign_deadline", "工作节点临近", "Campaign deadline near", "a deadline of the campaign calendar within the next days"),
        new("report_overdue", "月报逾期未报", "Monthly report overdue", "a community's monthly report past its due day and not submitted"));

    /// <summary>Columns of the hazard list export (隐患清单), for its Chinese and English headers.</summary>
    public static readonly CodeList HazardListColumn = new("HazardListColumn", "Column of the hazard list export.",
        new("community", "社区", "Community"),
        new("compound", "小区", "Compound"),
        new("code", "隐患编号", "Code"),
        new("subject_type", "隐患对象类型", "Subject type"),
        new("subject", "隐患对象", "Subject"),
        new("address", "地址", "Address"),
        new("category", "隐患类别", "Category"),
        new("severity", "隐患等级", "Severity"),
        new("description", "隐患描述", "Description"),
        new("found_on", "发现日期", "Found on"),
        new("found_by", "发现人", "Found by"),
        new("deadline", "整改期限", "Deadline"),
        new("responsible_unit", "责任单位", "Responsible unit"),
        new("responsible_person", "责任人", "Responsible person"),
        new("status", "状态", "Status"),
        new("days_overdue", "逾期天数", "Days overdue"),
        new("supervised", "是否挂牌督办", "Supervised"),
        new("supervising_unit", "督办单位", "Supervising unit"),
        new("closed_at", "销号时间", "Closed at"),
        new("closing_note", "销号说明", "Closing note"));

    /// <summary>Columns of the daily alert list export (每日预警清单), for its Chinese and English headers.</summary>
    public static readonly CodeList HazardAlertColumn = new("HazardAlertColumn", "Column of the daily alert list export.",
        new("community", "社区", "Community"),
        new("compound", "小区", "Compound"),
        new("kind", "预警类型", "Alert"),
        new("days", "逾期或剩余天数", "Days late or left", "days past the deadline for overdue kinds, days left until it when due soon"),
        new("code", "隐患编号", "Code"),
        new("subject_type", "隐患对象类型", "Subject type"),
        new("subject", "隐患对象", "Subject"),
        new("address", "地址", "Address"),
        new("category", "隐患类别", "Category"),
        new("severity", "隐患等级", "Severity"),
        new("deadline", "整改期限", "Deadline"),
        new("responsible_unit", "责任单位", "Responsible unit"),
        new("responsible_person", "责任人", "Responsible person"),
        new("status", "状态", "Status"),
        new("supervising_unit", "督办单位", "Supervising unit"));

    /// <summary>What a building's record may lack (the <c>missing</c> filter of the building list).</summary>
    public static readonly CodeList BuildingGap = new("BuildingGap", "What a building's record lacks.",
        new("management_unit", "缺管理单位", "No management unit"),
        new("maintenance_unit", "缺维保单位", "No maintenance contractor"),
        new("chief", "缺楼栋长", "No building chief"));

    /// <summary>Where a measure of a compound's plan (一小区一对策) stands.</summary>
    public static readonly CodeList PlanMeasureStatus = new("PlanMeasureStatus", "Where a measure of a compound plan stands.",
        new("planned", "未开始", "Planned"),
        new("in_progress", "推进中", "In progress"),
        new("done", "已完成", "Done"));

    /// <summary>The four risk levels (四色分级), lowest first.</summary>
    public static readonly CodeList RiskLevel = new("RiskLevel", "Risk level of a score (four colours).",
        new("low", "低风险", "Low", "blue"),
        new("general", "一般风险", "General", "yellow"),
        new("significant", "较大风险", "Significant", "orange"),
        new("major", "重大风险", "Major", "red"));

    /// <summary>Which side of score = 100 × likelihood × consequence a risk factor is on.</summary>
    public static readonly CodeList RiskSide = new("RiskSide", "Which side of score = 100 × likelihood × consequence a factor belongs to.",
        new("baseline", "基准", "Baseline", "the reference building every building starts from"),
        new("likelihood", "可能性", "Likelihood", "how likely a serious fire is"),
        new("consequence", "后果", "Consequence", "how bad one would be"));

    /// <summary>The risk model's factors, in contribution order.</summary>
    public static readonly CodeList RiskFactor = new("RiskFactor", "A factor of the risk model.",
        new("baseline", "基准风险", "Baseline"),
        new("open_hazards", "未整改隐患", "Open hazards"),
        new("overdue_hazards", "逾期未整改隐患", "Overdue hazards"),
        new("supervised_hazards", "挂牌督办隐患", "Supervised hazards"),
        new("alarm_system", "火灾自动报警系统", "Fire alarm system"),
        new("smoke_control_system", "防排烟系统", "Smoke control system"),
        new("sprinkler_system", "自动喷水灭火系统", "Sprinkler system"),
        new("hydrant_system", "室内消火栓系统", "Indoor hydrant system"),
        new("building_age", "建筑年代", "Building age"),
        new("no_property_management", "无物业管理", "No property management"),
        new("old_compound", "老旧小区", "Old compound"),
        new("ebike_electrical", "电动自行车与电气隐患", "E-bike and electrical"),
        new("mixed_or_changed_use", "混合使用或改变使用性质", "Mixed or changed use"),
        new("group_rental_three_in_one", "群租房与三合一场所", "Group rental and three-in-one"),
        new("occupancy_hazard", "使用性质火灾危险性", "Occupancy hazard"),
        new("nearby_incidents", "周边历史火灾", "Fires nearby"),
        new("holiday_period", "节假日与重大活动期间", "Holiday or major event"),
        new("occupants", "人员数量", "Occupants"),
        new("height", "建筑高度", "Height"),
        new("vulnerable_residents", "重点关爱人员", "Vulnerable residents", "counted per building from the register of vulnerable residents"),
        new("gathering_capacity", "人员密集场所容量", "Gathering capacity"),
        new("fire_lane_access", "消防车通道", "Fire-lane access"),
        new("fire_station_distance", "距消防救援站距离", "Fire station distance"),
        new("micro_station_distance", "距微型消防站距离", "Micro station distance"));

    /// <summary>What started a risk run (<c>risk_runs.trigger</c>).</summary>
    public static readonly CodeList RiskRunTrigger = new("RiskRunTrigger", "What started a risk run.",
        new("startup", "启动时", "At start-up"),
        new("daily", "每日", "Daily"),
        new("request", "手动", "On request"),
        new("import", "导入后", "After an import"),
        new("configuration", "配置变更后", "After a configuration change"));

    /// <summary>Kind of a period of raised fire risk (<c>risk_periods.kind</c>).</summary>
    public static readonly CodeList RiskPeriodKind = new("RiskPeriodKind", "Kind of a period of raised fire risk.",
        new("holiday", "节假日", "Holiday"),
        new("major_event", "重大活动", "Major event"));

    /// <summary>Kind of a campaign deadline: phase ends and monthly reports follow from the calendar, the others are entered.</summary>
    public static readonly CodeList CampaignDeadlineKind = new("CampaignDeadlineKind", "Kind of a campaign deadline.",
        new("phase_end", "阶段截止", "End of a phase"),
        new("lists", "三个清单建立", "The three lists complete"),
        new("monthly_report", "月度工作报告", "Monthly work report"),
        new("final_summary", "工作总结", "Final summary"),
        new("other", "其他节点", "Other"));

    /// <summary>Kind of unit in the sub-district's register (<c>units.kind</c>); the crowded-place kinds are the ones <see cref="UnitConcern"/> looks for.</summary>
    public static readonly CodeList UnitKind = new("UnitKind", "Kind of unit (辖区单位).",
        new("enterprise", "企业", "Enterprise"),
        new("shop", "商铺", "Shop"),
        new("school", "学校", "School", "crowded place"),
        new("hospital", "医院", "Hospital", "crowded place"),
        new("elderly_care", "养老机构", "Elderly care", "crowded place"),
        new("hotel", "宾馆", "Hotel", "crowded place"),
        new("restaurant", "餐饮", "Restaurant", "crowded place"),
        new("entertainment", "娱乐场所", "Entertainment venue", "crowded place"),
        new("market", "商场市场", "Mall or market", "crowded place"),
        new("factory", "工厂", "Factory"),
        new("warehouse", "仓库", "Warehouse"),
        new("office", "机关办公", "Office or agency"),
        new("other", "其他", "Other"));

    /// <summary>The "eight kinds" of key persons a unit has trained (八类人员, <c>unit_trainings.kind</c>), in the common reading of the term.</summary>
    public static readonly CodeList KeyPersonKind = new("KeyPersonKind", "One of the eight kinds of key persons trained (八类人员).",
        new("responsible_person", "消防安全责任人", "Fire-safety responsible person"),
        new("manager", "消防安全管理人", "Fire-safety manager"),
        new("fire_staff", "专兼职消防管理人员", "Fire-safety staff"),
        new("control_room_operator", "消防控制室值班操作人员", "Fire control-room operator"),
        new("security_guard", "保安人员", "Security guard"),
        new("electrician", "电工", "Electrician"),
        new("welder", "电气焊工", "Welder"),
        new("hazardous_materials_worker", "易燃易爆危险品从业人员", "Flammable and explosive goods worker"));

    /// <summary>What the register query looks for in units, places and buildings together.</summary>
    public static readonly CodeList UnitConcern = new("UnitConcern", "A concern found by combining units, places and buildings.",
        new("converted_industrial", "工业建筑改建人员密集场所", "Converted industrial building used as a crowded place",
            "a crowded-place unit or place in an industrial or warehouse building"),
        new("high_rise_dining_entertainment", "高层建筑内餐饮娱乐场所", "Restaurant or entertainment inside a high-rise",
            "a restaurant or entertainment unit or place in a high-rise building (GB 50016)"));

    /// <summary>Kind of outreach and training activity (宣传培训, <c>outreach_activities.kind</c>).</summary>
    public static readonly CodeList OutreachKind = new("OutreachKind", "Kind of outreach or training activity (宣传培训).",
        new("into_community", "消防宣传进社区", "Into communities", "五进"),
        new("into_school", "消防宣传进学校", "Into schools", "五进"),
        new("into_enterprise", "消防宣传进企业", "Into enterprises", "五进"),
        new("into_family", "消防宣传进家庭", "Into families", "五进"),
        new("into_public_place", "消防宣传进公共场所", "Into public places", "五进"),
        new("three_reminders", "三提示", "Three reminders", "reminding a unit of its hazards, duties and escape"),
        new("one_knows_three_cans", "一懂三会培训", "One-knows-three-cans training"),
        new("drill", "应急演练", "Emergency drill"),
        new("station_open_day", "消防站开放日", "Fire-station open day"),
        new("publicity_point", "宣传点", "Publicity point"),
        new("lift_screen", "电梯屏宣传", "Lift-screen spot"),
        new("outdoor_screen", "户外大屏宣传", "Outdoor-screen spot"),
        new("grid_sms", "网格短信", "Grid SMS", "the monthly message to a grid's residents"),
        new("online_learning", "线上学习报名", "Online-learning sign-ups"));

    /// <summary>What an outreach target is counted per (<c>outreach_targets.basis</c>).</summary>
    public static readonly CodeList OutreachBasis = new("OutreachBasis", "What an outreach target is counted per.",
        new("community", "每社区", "Per community"),
        new("unit", "每单位", "Per unit"),
        new("key_unit", "每重点单位", "Per key unit"),
        new("grid", "每网格", "Per grid"),
        new("grid_month", "每网格每月", "Per grid and month"));

    /// <summary>Kind of enforcement case (执法, <c>enforcement_cases.kind</c>).</summary>
    public static readonly CodeList EnforcementKind = new("EnforcementKind", "Kind of enforcement case (执法).",
        new("interview", "约谈", "Warning interview"),
        new("rectification_order", "责令整改", "Rectification order"),
        new("sealing", "查封", "Sealing"),
        new("closure", "关停", "Closure"),
        new("ban", "取缔", "Ban"),
        new("transfer", "通报移送", "Notification and transfer", "to the competent department"),
        new("blacklist", "联合惩戒", "Credit blacklisting"),
        new("referral", "移交处理", "Referral"));

    /// <summary>Where an enforcement case stands (<c>enforcement_cases.status</c>); 执法清零 is every case closed.</summary>
    public static readonly CodeList EnforcementStatus = new("EnforcementStatus", "Where an enforcement case stands.",
        new("open", "办理中", "Open"),
        new("closed", "已办结", "Closed"));

    /// <summary>Columns of the unit list export, in order.</summary>
    public static readonly CodeList UnitListColumn = new("UnitListColumn", "A column of the unit list export.",
        new("community", "社区", "Community"),
        new("grid", "网格", "Grid"),
        new("code", "单位编号", "Code"),
        new("name", "单位名称", "Name"),
        new("kind", "单位类别", "Kind"),
        new("key_unit", "重点单位", "Key unit"),
        new("address", "地址", "Address"),
        new("premises", "使用场所和建筑", "Places and buildings"),
        new("concerns", "关注情形", "Concerns"),
        new("self_inspected_on", "自知自查自改日期", "Self-inspected on"),
        new("commitment_signed_on", "承诺书签订日期", "Commitment signed on"),
        new("commitment_next_due", "下次承诺到期", "Commitment next due"),
        new("commitment_posted", "已公示", "Posted"),
        new("trained_kinds", "八类人员已培训类别数", "Kinds of key persons trained"),
        new("trained_people", "八类人员已培训人数", "Key persons trained"));

    /// <summary>Columns of the outreach activity export, in order.</summary>
    public static readonly CodeList OutreachListColumn = new("OutreachListColumn", "A column of the outreach activity export.",
        new("community", "社区", "Community"),
        new("grid", "网格", "Grid"),
        new("code", "活动编号", "Code"),
        new("kind", "活动类别", "Kind"),
        new("held_on", "日期", "Held on"),
        new("title", "活动名称", "Title"),
        new("unit", "单位", "Unit"),
        new("place", "场所", "Place"),
        new("venue", "地点", "Venue"),
        new("audience", "受众人数", "Audience"),
        new("note", "备注", "Note"));

    /// <summary>Columns of the enforcement case export, in order.</summary>
    public static readonly CodeList EnforcementListColumn = new("EnforcementListColumn", "A column of the enforcement case export.",
        new("community", "社区", "Community"),
        new("code", "案件编号", "Code"),
        new("kind", "执法类别", "Kind"),
        new("party", "当事单位", "Party"),
        new("unit", "单位编号", "Unit"),
        new("place", "场所", "Place"),
        new("description", "案由", "Description"),
        new("opened_on", "立案日期", "Opened on"),
        new("deadline", "期限", "Deadline"),
        new("department", "移送部门", "Department"),
        new("hazards", "关联隐患", "Linked hazards"),
        new("status", "状态", "Status"),
        new("overdue_days", "逾期天数", "Days overdue"),
        new("closed_on", "办结日期", "Closed on"),
        new("outcome", "办理结果", "Outcome"));

    /// <summary>Where a community's monthly report stands (<c>monthly_reports.status</c>).</summary>
    public static readonly CodeList ReportStatus = new("ReportStatus", "Where a monthly report stands.",
        new("draft", "草稿", "Draft"),
        new("submitted", "已报送", "Submitted"));

    /// <summary>The sections of a monthly report, in their printed order.</summary>
    public static readonly CodeList ReportSection = new("ReportSection", "A section of a monthly report.",
        new("hazards", "隐患排查整治", "Hazards"),
        new("blockages", "消防车通道占用", "Fire-lane blockages"),
        new("inspections", "检查与覆盖", "Inspections and coverage"),
        new("visits", "敲门行动", "Door-knock visits"),
        new("risk", "风险等级", "Risk levels"),
        new("lists", "三个清单缺项", "Gaps in the three lists"),
        new("outreach", "宣传培训", "Outreach and training"),
        new("enforcement", "执法", "Enforcement"),
        new("duty", "值守与战备", "Duty and readiness"),
        new("public_reports", "有奖举报", "Public reports"),
        new("incidents", "火灾情况", "Fires"));

    /// <summary>The figures of a monthly report, each counted from the rows it links to.</summary>
    public static readonly CodeList ReportFigure = new("ReportFigure", "A figure of a monthly report.",
        new("hazards_found", "新发现隐患", "Hazards found", "found in the period"),
        new("hazards_rectified", "完成整改待复查", "Hazards rectified", "rectification submitted for review in the period"),
        new("hazards_closed", "销号隐患", "Hazards closed", "closed in the period"),
        new("hazards_open", "未销号隐患", "Hazards open", "found and not closed at the end of the period"),
        new("hazards_overdue", "逾期未销号隐患", "Hazards overdue", "open at the end of the period and past the deadline"),
        new("hazards_supervised", "挂牌督办中隐患", "Hazards under listed supervision", "open at the end of the period and listed for supervision"),
        new("blockages_reported", "新报告通道占用", "Blockages reported", "reported in the period"),
        new("blockages_cleared", "已清除通道占用", "Blockages cleared", "cleared in the period"),
        new("blockages_active", "仍未清除通道占用", "Blockages still active", "active at the end of the period"),
        new("inspections_done", "完成检查", "Inspections done", "recorded in the period"),
        new("uninspected_high_rise", "未检查高层建筑", "High-rises not inspected", "no inspection in the period"),
        new("uninspected_compound", "未检查小区", "Compounds not inspected", "no inspection in the period"),
        new("uninspected_place", "未检查场所", "Places not inspected", "no inspection in the period"),
        new("visits_done", "完成入户走访", "Door-knock visits done", "recorded in the period"),
        new("visits_overdue", "走访逾期人员", "Residents whose visit is overdue", "at the end of the period; counts only, no names"),
        new("risk_major", "重大风险小区", "Compounds at major risk", "in the latest risk run of the period"),
        new("risk_significant", "较大风险小区", "Compounds at significant risk", "in the latest risk run of the period"),
        new("risk_general", "一般风险小区", "Compounds at general risk", "in the latest risk run of the period"),
        new("risk_low", "低风险小区", "Compounds at low risk", "in the latest risk run of the period"),
        new("risk_changed", "风险等级变化小区", "Compounds whose level changed", "level differs from the latest run before the period"),
        new("gap_building_management", "高层建筑缺管理单位", "High-rises without management unit", "at the time of compiling"),
        new("gap_building_maintenance", "高层建筑缺维保单位", "High-rises without maintenance contractor", "at the time of compiling"),
        new("gap_building_chief", "高层建筑缺楼栋长", "High-rises without building chief", "at the time of compiling"),
        new("gap_compound_property", "小区无物业", "Compounds without property management", "at the time of compiling"),
        new("gap_compound_maintenance", "小区缺维保单位", "Compounds without maintenance contractor", "at the time of compiling"),
        new("gap_place_responsible", "场所缺责任单位", "Places without responsible unit", "at the time of compiling"),
        new("gap_hazard_person", "隐患缺整改责任人", "Open hazards without responsible person", "open at the end of the period"),
        new("outreach_activities", "开展宣传培训活动", "Outreach activities", "held in the period"),
        new("outreach_targets_met", "已达标宣传培训指标", "Outreach targets met", "in force in the period, met by its end"),
        new("outreach_targets_unmet", "未达标宣传培训指标", "Outreach targets not yet met", "in force in the period, not met by its end"),
        new("enforcement_opened", "新立执法案件", "Enforcement cases opened", "opened in the period"),
        new("enforcement_closed", "办结执法案件", "Enforcement cases closed", "closed in the period"),
        new("enforcement_open", "未办结执法案件", "Enforcement cases open", "open at the end of the period"),
        new("enforcement_overdue", "逾期未办结执法案件", "Enforcement cases overdue", "open at the end of the period and past the deadline"),
        new("duty_next_holiday_days_covered", "下一节假日有值守天数", "Days of the next holiday with duty", "days of the next period of raised risk with at least one post rostered"),
        new("duty_next_holiday_days_uncovered", "下一节假日无值守天数", "Days of the next holiday without duty", "days of the next period of raised risk with no post rostered"),
        new("readiness_checks", "战备检查次数", "Readiness checks", "checks of micro stations and the brigade in the period"),
        new("public_reports_received", "收到群众举报", "Public reports received", "received in the period"),
        new("public_reports_handled", "已处理群众举报", "Public reports handled", "turned into hazards or dismissed in the period"),
        new("public_reports_pending", "待处理群众举报", "Public reports waiting", "not yet handled at the end of the period"),
        new("incidents", "火灾起数", "Fires", "occurred in the period"),
        new("incidents_with_casualties", "有人员伤亡的火灾", "Fires with casualties", "occurred in the period, someone killed or injured"));

    /// <summary>The kind of record a field photo belongs to (<c>photo_links.record_kind</c>).</summary>
    public static readonly CodeList PhotoRecordKind = new("PhotoRecordKind", "The kind of record a photo belongs to.",
        new("inspection", "检查记录", "Inspection"),
        new("visit", "入户走访", "Door-knock visit"),
        new("hazard", "隐患记录", "Hazard"));

    /// <summary>What started a job run (<c>job_runs.trigger</c>).</summary>
    public static readonly CodeList JobTrigger = new("JobTrigger", "What started a job run.",
        new("schedule", "定时", "Scheduled"),
        new("request", "手动", "On request"));

    /// <summary>How a job run ended (<c>job_runs.outcome</c>); a failed run is an alert for the administrator.</summary>
    public static readonly CodeList JobOutcome = new("JobOutcome", "How a job run ended.",
        new("running", "运行中", "Running"),
        new("succeeded", "成功", "Succeeded"),
        new("failed", "失败", "Failed"),
        new("abandoned", "已中断", "Abandoned", "its instance stopped before the run finished"));

    /// <summary>Kind of an inspection (<c>inspections.kind</c>).</summary>
    public static readonly CodeList InspectionKind = new("InspectionKind", "Kind of an inspection.",
        new("routine", "排查", "Routine inspection"),
        new("look_back", "回头看", "Look-back check", "a second look at what an earlier inspection found"),
        new("rolling", "滚动排查", "Rolling inspection"),
        new("unannounced", "明查暗访", "Open or unannounced check"),
        new("joint", "联合检查", "Joint inspection", "with the fire-rescue station"));

    /// <summary>Result of one checklist item of an inspection or one check of a visit.</summary>
    public static readonly CodeList CheckResult = new("CheckResult", "Result of one checked item.",
        new("pass", "合格", "Pass"),
        new("fail", "不合格", "Fail"),
        new("not_applicable", "不适用", "Not applicable"));

    /// <summary>Groups of subjects whose inspection coverage is counted (places are grouped by <see cref="PlaceCategory"/>).</summary>
    public static readonly CodeList CoverageGroup = new("CoverageGroup", "Group of subjects in the inspection coverage.",
        new("high_rise", "高层建筑", "High-rise buildings", "GB 50016: residential over 27 m, other over 24 m"),
        new("compound", "小区", "Compounds"),
        new("place", "场所", "Places", "one group per place category"));

    /// <summary>Category of a registered vulnerable resident (<c>vulnerable_residents.category</c>).</summary>
    public static readonly CodeList VulnerableCategory = new("VulnerableCategory", "Category of a vulnerable resident.",
        new("elderly_alone", "独居老人", "Elderly living alone"),
        new("disabled", "残疾人", "Person with disabilities"),
        new("left_behind", "留守人员", "Left-behind person", "children or elderly left behind by family working elsewhere"),
        new("other", "其他", "Other"));

    /// <summary>What a door-knock visit checks in the home (<c>visit_checks.item</c>).</summary>
    public static readonly CodeList VisitCheckItem = new("VisitCheckItem", "What a door-knock visit checks.",
        new("gas_stove", "燃气灶具", "Gas and stove"),
        new("wiring", "电气线路", "Electrical wiring"),
        new("ebike_charging", "电动自行车充电", "E-bike charging"),
        new("smoke_alarm", "烟感报警器", "Smoke alarm"),
        new("escape_route", "疏散通道", "Escape route"));

    /// <summary>Columns of the weekly door-knock list per grid (每周走访清单), for its Chinese and English headers.</summary>
    public static readonly CodeList VisitListColumn = new("VisitListColumn", "Column of the weekly visit list export.",
        new("community", "社区", "Community"),
        new("grid", "网格", "Grid"),
        new("name", "姓名", "Name"),
        new("category", "类别", "Category"),
        new("address", "住址", "Address"),
        new("phone", "联系电话", "Phone"),
        new("contact_person", "联系人", "Contact person"),
        new("contact_phone", "联系人电话", "Contact phone"),
        new("frequency_days", "走访频次（天）", "Visit every (days)"),
        new("last_visit", "上次走访", "Last visit"),
        new("due_on", "应走访日期", "Due on"),
        new("days_overdue", "逾期天数", "Days overdue"));

    /// <summary>Kind of a duty post (<c>duty_rosters.kind</c>).</summary>
    public static readonly CodeList DutyKind = new("DutyKind", "Kind of a duty post for a holiday or major event.",
        new("night_patrol", "夜间巡查", "Night patrol"),
        new("onsite_watch", "现场看护", "On-site watch"),
        new("stationing", "驻守", "Stationing"));

    /// <summary>Where a report from the public stands (<c>public_reports.status</c>).</summary>
    public static readonly CodeList PublicReportStatus = new("PublicReportStatus", "Where a report from the public stands.",
        new("received", "已受理待审核", "Received", "waiting in the moderation queue"),
        new("converted", "已立案为隐患", "Turned into a hazard"),
        new("dismissed", "不予立案", "Dismissed", "with a reason shown to the reporter"));

    /// <summary>Record events other systems may subscribe to (<c>record_events.kind</c>).</summary>
    public static readonly CodeList RecordEventKind = new("RecordEventKind", "A record event sent to webhook subscribers.",
        new("hazard_created", "隐患登记", "Hazard created"),
        new("hazard_closed", "隐患销号", "Hazard closed"),
        new("report_submitted", "群众举报提交", "Public report submitted"),
        new("blockage_reported", "通道占用上报", "Blockage reported"),
        new("blockage_cleared", "通道占用清除", "Blockage cleared"));

    /// <summary>How incident statistics are grouped.</summary>
    public static readonly CodeList IncidentGrouping = new("IncidentGrouping", "How fire statistics are grouped.",
        new("cause", "按起火原因", "By cause"),
        new("month", "按月份", "By month"),
        new("community", "按社区", "By community"));

    /// <summary>Where a webhook delivery stands (<c>webhook_deliveries.status</c>).</summary>
    public static readonly CodeList WebhookDeliveryStatus = new("WebhookDeliveryStatus", "Where a webhook delivery stands.",
        new("pending", "待发送", "Pending", "waiting for its first or next attempt"),
        new("delivered", "已送达", "Delivered", "the receiver answered 2xx"),
        new("failed", "发送失败", "Failed", "every attempt failed"));

    /// <summary>Role of a user account (<c>users.role</c>); the scope each has is in docs/accounts.md.</summary>
    public static readonly CodeList Role = new("Role", "Role of a user account.",
        new("admin", "系统管理员", "Administrator", "users, tokens, imports, configuration, and everything below"),
        new("subdistrict", "街道应急办", "Sub-district office", "everything operational in all communities, personal data included"),
        new("community", "社区工作人员", "Community staff", "everything operational within one community"),
        new("grid", "网格员", "Grid worker", "reports and updates within their grids; reads their community"),
        new("station", "消防救援站联络员", "Fire-station liaison", "reads all but personal data; reports blockages"),
        new("analyst", "风险分析员", "Analyst", "reads all but personal data; risk recompute, what-if and exports"),
        new("viewer", "只读用户", "Viewer", "reads all but personal data"));

    /// <summary>Every list, for <c>/api/vocabulary</c> and for the tests that hold other copies to them.</summary>
    public static IReadOnlyList<CodeList> All { get; } =
    [
        UseClass, SystemStatus, PlaceCategory, StationKind, HydrantKind, HydrantStatus, RoadClass, NetworkEdgeClass, VehicleKind,
        ResponseHazardClass, FireLaneStatus,
        BlockageCause, IncidentCause, HazardSubjectType, HazardCategory, HazardSeverity, HazardStatus,
        HazardAction, HazardAlertKind, HazardListColumn, HazardAlertColumn, PlanMeasureStatus, BuildingGap,
        RiskLevel, RiskSide, RiskFactor, RiskRunTrigger, RiskPeriodKind, CampaignDeadlineKind,
        UnitKind, KeyPersonKind, UnitConcern, OutreachKind, OutreachBasis, EnforcementKind, EnforcementStatus,
        UnitListColumn, OutreachListColumn, EnforcementListColumn, ReportStatus, ReportSection, ReportFigure,
        PhotoRecordKind, JobTrigger, JobOutcome, InspectionKind, CheckResult, CoverageGroup, VulnerableCategory,
        VisitCheckItem, VisitListColumn, DutyKind, PublicReportStatus, RecordEventKind, IncidentGrouping, WebhookDeliveryStatus, Role,
    ];

    /// <summary>The list named <paramref name="name"/> (PascalCase or camelCase), or null.</summary>
    /// <param name="name">A list's name or key.</param>
    public static CodeList? Find(string name) =>
        All.FirstOrDefault(list => string.Equals(list.Name, name, StringComparison.OrdinalIgnoreCase));
}
