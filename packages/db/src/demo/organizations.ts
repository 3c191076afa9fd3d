/** The demo deployment: a town (primary), a neighbouring town, and one of the first town's offices. */
export interface DemoOrganization {
  slug: string;
  name: string;
  shortName: string;
  kind: '机关' | '部门' | '村';
  code: string;
  parentSlug: string | null;
  isPrimary: boolean;
  officeName: string;
  address: string;
  officeHours: string;
  phone: string;
  fax: string;
  email: string;
  hotline: string;
  postcode: string;
  guideText: string;
}

const OFFICE_HOURS = '周一至周五 上午8:30—12:00 下午14:30—17:30 (法定节假日除外)';

function guide(name: string, office: string, address: string, phone: string): string {
  return [
    `为了更好地提供政府信息公开服务，根据《中华人民共和国政府信息公开条例》，编制《${name}政府信息公开指南》。申请人需要获得${name}政府信息公开服务，请阅读本指南。`,
    `一、主动公开。${name}主动公开的政府信息按概况信息、机构职能信息、发展规划类信息、计划总结类信息、公共告示类信息、政务动态类信息、规章制度类信息、其它类信息分类编排，每条信息列明索引号、名称、内容概述、生成日期等。公众可通过本网站“政府信息公开”栏目、镇便民服务中心政府信息查阅点、公开栏等途径获取。`,
    `二、依申请公开。公民、法人或者其他组织可以向${name}申请获取主动公开以外的政府信息。受理机构为${office}，地址：${address}，电话：${phone}。申请可通过本网站在线提交，也可当面或信函提出。`,
    '三、收费。依申请提供政府信息，不收取费用；申请人申请公开政府信息的数量、频次明显超过合理范围的，可以按规定收取信息处理费。',
    `四、监督和救济。公民、法人或者其他组织认为${name}在政府信息公开工作中侵犯其合法权益的，可以向上一级行政机关或者政府信息公开工作主管部门投诉、举报，也可以依法申请行政复议或者提起行政诉讼。`,
  ].join('\n\n');
}

export const DEMO_ORGANIZATIONS: DemoOrganization[] = [
  {
    slug: 'mianyang',
    name: '棉洋镇人民政府',
    shortName: '棉洋镇',
    kind: '机关',
    code: '000014349',
    parentSlug: null,
    isPrimary: true,
    officeName: '棉洋镇党政办',
    address: '广东省梅州市五华县棉洋镇人民政府大院（棉洋镇圩镇中心路1号）',
    officeHours: OFFICE_HOURS,
    phone: '0753-4461001',
    fax: '0753-4461002',
    email: 'mygk@wuhua.example.cn',
    hotline: '0753-4461003',
    postcode: '514473',
    guideText: guide('棉洋镇人民政府', '棉洋镇党政办', '五华县棉洋镇人民政府大院', '0753-4461001'),
  },
  {
    slug: 'huacheng',
    name: '华城镇人民政府',
    shortName: '华城镇',
    kind: '机关',
    code: '000014355',
    parentSlug: null,
    isPrimary: false,
    officeName: '华城镇党政办',
    address: '广东省梅州市五华县华城镇人民政府大院',
    officeHours: OFFICE_HOURS,
    phone: '0753-4421001',
    fax: '0753-4421002',
    email: 'hcgk@wuhua.example.cn',
    hotline: '0753-4421003',
    postcode: '514441',
    guideText: guide('华城镇人民政府', '华城镇党政办', '五华县华城镇人民政府大院', '0753-4421001'),
  },
  {
    slug: 'mianyang-nnb',
    name: '棉洋镇农业农村办',
    shortName: '镇农业农村办',
    kind: '部门',
    code: '000014349-01',
    parentSlug: 'mianyang',
    isPrimary: false,
    officeName: '棉洋镇农业农村办',
    address: '广东省梅州市五华县棉洋镇人民政府大院二楼',
    officeHours: OFFICE_HOURS,
    phone: '0753-4461011',
    fax: '0753-4461002',
    email: 'mynnb@wuhua.example.cn',
    hotline: '0753-4461003',
    postcode: '514473',
    guideText: guide('棉洋镇农业农村办', '棉洋镇农业农村办', '五华县棉洋镇人民政府大院二楼', '0753-4461011'),
  },
];

/** Sub-categories of the catalogue's 规章制度类信息 (the eight top-level ones come from the domain). */
export const CATEGORY_CHILDREN: Record<string, readonly string[]> = {
  规章制度类信息: ['规范性文件', '工作制度', '其他文件'],
  计划总结类信息: ['年度工作要点', '工作总结'],
};
