package qingdan.bench;

import java.util.List;
import java.util.Map;

/**
 * The vocabulary of the synthetic corpus: areas of work, departments, laws, township names,
 * assessment items and tasks. Realistic in shape and wording, invented in every detail.
 */
final class Words {
    private Words() {
    }

    /** tongwei-2020's focus areas (rules/tongwei-2020/pack.yaml, focus-area-uncovered), in its order. */
    static final List<String> AREAS = List.of("农业发展", "农村经营管理", "安全生产和应急管理", "规划建设管理", "环境保护",
            "公共安全", "防灾减灾", "退役军人事务", "扶贫济困");

    /** Areas of work that are no focus area of tongwei-2020. */
    static final List<String> OTHER_DOMAINS = List.of("市场监管", "文化旅游", "交通运输", "卫生健康", "教育");

    /** A department as the province's guidance names it, and as a county's list names it. */
    record Dept(String guidance, String county) {
    }

    private static Dept d(String what, String county) {
        return new Dept("县级" + what + "主管部门", county);
    }

    static final Map<String, List<Dept>> DEPARTMENTS = Map.ofEntries(
            Map.entry("农业发展", List.of(d("农业农村", "县农业农村局"), d("林业和草原", "县林业和草原局"), d("水行政", "县水务局"))),
            Map.entry("农村经营管理", List.of(d("农业农村", "县农业农村局"), d("自然资源", "县自然资源局"))),
            Map.entry("安全生产和应急管理", List.of(d("应急管理", "县应急管理局"), d("消防救援", "县消防救援大队"))),
            Map.entry("规划建设管理", List.of(d("自然资源", "县自然资源局"), d("住房和城乡建设", "县住房和城乡建设局"))),
            Map.entry("环境保护", List.of(d("生态环境", "市生态环境局县分局"), d("农业农村", "县农业农村局"))),
            Map.entry("公共安全", List.of(d("公安", "县公安局"), d("市场监督管理", "县市场监督管理局"))),
            Map.entry("防灾减灾", List.of(d("应急管理", "县应急管理局"), d("水行政", "县水务局"), d("自然资源", "县自然资源局"))),
            Map.entry("退役军人事务", List.of(d("退役军人事务", "县退役军人事务局"))),
            Map.entry("扶贫济困", List.of(d("民政", "县民政局"), d("乡村振兴", "县乡村振兴局"), d("人力资源和社会保障", "县人力资源和社会保障局"))),
            Map.entry("市场监管", List.of(d("市场监督管理", "县市场监督管理局"))),
            Map.entry("文化旅游", List.of(d("文化和旅游", "县文化和旅游局"))),
            Map.entry("交通运输", List.of(d("交通运输", "县交通运输局"))),
            Map.entry("卫生健康", List.of(d("卫生健康", "县卫生健康局"))),
            Map.entry("教育", List.of(d("教育", "县教育局"))));

    static final Map<String, List<String>> LAWS = Map.ofEntries(
            Map.entry("农业发展", List.of("中华人民共和国农业法", "中华人民共和国种子法", "农药管理条例", "中华人民共和国动物防疫法", "中华人民共和国森林法")),
            Map.entry("农村经营管理", List.of("中华人民共和国农村土地承包法", "中华人民共和国农民专业合作社法", "中华人民共和国土地管理法")),
            Map.entry("安全生产和应急管理", List.of("中华人民共和国安全生产法", "中华人民共和国消防法", "烟花爆竹安全管理条例")),
            Map.entry("规划建设管理", List.of("中华人民共和国城乡规划法", "中华人民共和国土地管理法", "建设工程质量管理条例", "村庄和集镇规划建设管理条例")),
            Map.entry("环境保护", List.of("中华人民共和国大气污染防治法", "中华人民共和国水污染防治法", "中华人民共和国固体废物污染环境防治法")),
            Map.entry("公共安全", List.of("中华人民共和国食品安全法", "中华人民共和国道路交通安全法", "中华人民共和国治安管理处罚法")),
            Map.entry("防灾减灾", List.of("中华人民共和国防洪法", "地质灾害防治条例", "中华人民共和国突发事件应对法")),
            Map.entry("退役军人事务", List.of("中华人民共和国退役军人保障法", "军人抚恤优待条例")),
            Map.entry("扶贫济困", List.of("社会救助暂行办法", "中华人民共和国老年人权益保障法", "中华人民共和国残疾人保障法")),
            Map.entry("市场监管", List.of("中华人民共和国广告法", "中华人民共和国产品质量法")),
            Map.entry("文化旅游", List.of("中华人民共和国文物保护法", "娱乐场所管理条例")),
            Map.entry("交通运输", List.of("中华人民共和国公路法", "农村公路养护管理办法")),
            Map.entry("卫生健康", List.of("中华人民共和国传染病防治法", "公共场所卫生管理条例")),
            Map.entry("教育", List.of("中华人民共和国义务教育法", "中华人民共和国教育法")));

    /** What an item is about, by area: the object of a power. */
    static final Map<String, List<String>> OBJECTS = Map.ofEntries(
            Map.entry("农业发展", List.of("违法使用禁用农药", "经营假劣种子", "未按规定处理病死畜禽", "擅自改变林地用途", "违规使用兽药")),
            Map.entry("农村经营管理", List.of("擅自将承包地用于非农建设", "违法流转农村土地经营权", "农民专业合作社提供虚假登记材料", "侵占农村集体资产")),
            Map.entry("安全生产和应急管理", List.of("生产经营单位未按规定开展安全生产教育和培训", "占用堵塞封闭消防通道", "非法储存烟花爆竹", "未按规定设置安全警示标志")),
            Map.entry("规划建设管理", List.of("在乡村庄规划区内未依法取得乡村建设规划许可证进行建设", "农村村民非法占用土地建住宅", "擅自在农用地上建窑建坟", "违法占用耕地挖砂取土")),
            Map.entry("环境保护", List.of("露天焚烧秸秆", "向水体倾倒生活垃圾", "违规处置畜禽养殖废弃物", "在人口集中地区露天焚烧垃圾")),
            Map.entry("公共安全", List.of("食品小作坊无证生产经营", "违规燃放烟花爆竹", "农村道路违法占道经营", "违规销售过期食品")),
            Map.entry("防灾减灾", List.of("在河道管理范围内弃置堆放阻碍行洪物体", "在地质灾害危险区内爆破削坡", "破坏防汛设施", "擅自移动地质灾害监测设施")),
            Map.entry("退役军人事务", List.of("骗取优抚待遇", "冒领退役军人补助", "退役军人信息变更", "优抚对象资格")),
            Map.entry("扶贫济困", List.of("采取虚报隐瞒伪造等手段骗取社会救助资金", "特困人员供养", "临时救助", "残疾人两项补贴")),
            Map.entry("市场监管", List.of("发布虚假广告", "销售不合格产品", "无照经营")),
            Map.entry("文化旅游", List.of("擅自设立娱乐场所", "损毁文物保护单位标志", "违规经营网吧")),
            Map.entry("交通运输", List.of("擅自占用挖掘农村公路", "在公路用地范围内设置障碍", "超限运输车辆行驶农村公路")),
            Map.entry("卫生健康", List.of("公共场所未取得卫生许可", "未按规定报告传染病疫情", "非法行医")),
            Map.entry("教育", List.of("适龄儿童未按规定入学", "违规举办校外培训", "校园周边违规经营")));

    /** Syllables of township names: a stem is two of them, then 镇 or 乡. */
    static final String FIRST = "东西南北新平安永和太长清石马龙金白青红黄高大杨柳李王张刘陈沙河桥山川城古上下中";
    static final String SECOND = "阳川坪沟河山台湾岭峪堡集店铺庄寨口原泉坝塬峰滩营沿";

    /** A name never produced by the stems above, for planted unknown townships. */
    static final String UNKNOWN_TOWNSHIP = "城关街道";

    /** Assessment items (考核、评比、一票否决): name, who sets it, at what level. */
    record Assessment(String name, String setBy, String level) {
    }

    static final List<Assessment> ASSESSMENTS = List.of(
            new Assessment("森林草原防火", "县林业和草原局", "县级部门"),
            new Assessment("安全生产", "县应急管理局", "县级部门"),
            new Assessment("信访稳定", "县信访局", "县级部门"),
            new Assessment("扫黑除恶专项斗争", "县委政法委员会", "县级部门"),
            new Assessment("耕地保护", "县自然资源局", "县级部门"),
            new Assessment("计划生育", "县卫生健康局", "县级部门"),
            new Assessment("控辍保学", "县教育局", "县级部门"),
            new Assessment("非洲猪瘟防控", "县农业农村局", "县级部门"),
            new Assessment("河湖长制工作考核", "县水务局", "县级部门"),
            new Assessment("疫情防控", "县卫生健康局", "县级部门"),
            new Assessment("秸秆禁烧", "市生态环境局县分局", "县级部门"),
            new Assessment("农村改厕", "县农业农村局", "县级部门"),
            new Assessment("高标准农田建设", "县农业农村局", "县级部门"),
            new Assessment("文明村镇创建", "县委宣传部", "县级部门"),
            new Assessment("乡镇年度综合考核", "县委、县政府", "县级"),
            new Assessment("食品安全", "县市场监督管理局", "县级部门"),
            new Assessment("环境卫生整治评比", "县住房和城乡建设局", "县级部门"),
            new Assessment("禁毒工作", "县公安局", "县级部门"),
            new Assessment("防汛抗旱", "县水务局", "县级部门"),
            new Assessment("党风廉政建设责任制考核", "县委", "县级"),
            new Assessment("乡村振兴实绩考核", "县委农村工作领导小组办公室", "县级部门"),
            new Assessment("平安建设", "县委政法委员会", "县级部门"),
            new Assessment("消防安全", "县消防救援大队", "县级部门"),
            new Assessment("道路交通安全", "县公安局交通警察大队", "县级部门"),
            new Assessment("生态环境保护督察整改", "市生态环境局县分局", "县级部门"),
            new Assessment("城乡居民医保参保", "县医疗保障局", "县级部门"),
            new Assessment("退役军人服务保障", "县退役军人事务局", "县级部门"));

    /** Tasks county departments hand to townships: task, from. */
    static final List<String[]> TASKS = List.of(
            new String[] {"农村人居环境整治日常巡查", "县农业农村局"},
            new String[] {"村庄规划建设日常监管", "县自然资源局"},
            new String[] {"自建房安全排查", "县住房和城乡建设局"},
            new String[] {"违法建设巡查", "县自然资源局"},
            new String[] {"流动人口登记", "县公安局"},
            new String[] {"燃气安全排查", "县住房和城乡建设局"},
            new String[] {"农村危房改造入户核查", "县住房和城乡建设局"},
            new String[] {"农村供水设施日常管护", "县水务局"},
            new String[] {"耕地撂荒排查", "县农业农村局"},
            new String[] {"森林草原防火巡护", "县林业和草原局"},
            new String[] {"养老保险待遇资格认证", "县人力资源和社会保障局"},
            new String[] {"残疾人两项补贴初审", "县民政局"},
            new String[] {"城乡居民医保参保征缴", "县医疗保障局"},
            new String[] {"退役军人信息采集", "县退役军人事务局"},
            new String[] {"地质灾害隐患点巡查", "县自然资源局"},
            new String[] {"河道日常巡查", "县水务局"},
            new String[] {"秸秆禁烧巡查", "市生态环境局县分局"},
            new String[] {"食品安全协管", "县市场监督管理局"},
            new String[] {"消防安全隐患排查", "县消防救援大队"},
            new String[] {"动物防疫信息报送", "县农业农村局"},
            new String[] {"农作物病虫害监测", "县农业农村局"},
            new String[] {"留守儿童关爱服务", "县民政局"},
            new String[] {"特困人员供养对象初审", "县民政局"},
            new String[] {"临时救助对象初审", "县民政局"},
            new String[] {"低保对象入户调查", "县民政局"},
            new String[] {"殡葬改革宣传", "县民政局"},
            new String[] {"义务教育控辍保学劝返", "县教育局"},
            new String[] {"计划免疫宣传", "县卫生健康局"},
            new String[] {"爱国卫生运动", "县卫生健康局"},
            new String[] {"文化站日常管理", "县文化和旅游局"},
            new String[] {"农村公路日常养护", "县交通运输局"},
            new String[] {"道路交通安全劝导", "县公安局"},
            new String[] {"禁毒宣传", "县公安局"},
            new String[] {"社区矫正对象日常走访", "县司法局"},
            new String[] {"人民调解", "县司法局"},
            new String[] {"统计数据采集", "县统计局"},
            new String[] {"市场主体年报催报", "县市场监督管理局"},
            new String[] {"林长制日常巡林", "县林业和草原局"},
            new String[] {"草原禁牧巡查", "县林业和草原局"},
            new String[] {"农村集体资产清查", "县农业农村局"});

    /** An item name for a power of this category over this object. */
    static String itemName(String category, String object) {
        return switch (category) {
            case "行政处罚" -> "对" + object + "的处罚";
            case "行政许可" -> object + "相关事项的审批";
            case "行政强制" -> "对" + object + "涉及物品的查封、扣押";
            case "行政检查" -> "对" + object + "的监督检查";
            case "行政确认" -> object + "相关情况的确认";
            case "行政给付" -> object + "相关补助的发放";
            case "公共服务" -> object + "相关政策咨询服务";
            case "行政备案" -> object + "相关事项的备案";
            case "行政调解" -> object + "引发纠纷的调解";
            case "行政裁决" -> object + "引发权属争议的裁决";
            case "行政奖励" -> "对举报" + object + "的奖励";
            case "行政征收" -> object + "相关费用的征收";
            case "行政征用" -> object + "应急处置中的征用";
            default -> object + "相关的其他行政权力";
        };
    }

    private static final String DIGITS = "零一二三四五六七八九";

    /** 1 … 999 in Chinese numerals, as article numbers are written (第一百二十三条). */
    static String chinese(int n) {
        if (n < 1 || n > 999) {
            throw new IllegalArgumentException("article " + n);
        }
        StringBuilder s = new StringBuilder();
        int h = n / 100;
        int t = n / 10 % 10;
        int u = n % 10;
        if (h > 0) {
            s.append(DIGITS.charAt(h)).append('百');
            if (t == 0 && u > 0) {
                s.append('零');
            }
        }
        if (t > 0) {
            if (!(t == 1 && h == 0)) {
                s.append(DIGITS.charAt(t));
            }
            s.append('十');
        }
        if (u > 0) {
            s.append(DIGITS.charAt(u));
        }
        return s.toString();
    }
}
