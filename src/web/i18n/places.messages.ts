/** 区域 pages, both languages; en is typed against zh. */
const zh = {
  searchPlaceholder: '按名称或编码搜索',
  noPlaces: '暂无区域',
  selectHint: '请在左侧选择一个区域查看详情',
  kind: '类型',
  code: '编码',
  name: '名称',
  address: '地址',
  org: '责任党组织',
  orgHint: '留空则沿用上级区域的责任党组织',
  centerMember: '党员中心户',
  centerMemberHint: '仅户可设为党员中心户：选择居住在此的党员',
  childCount: '下级区域数',
  attachedOrgs: '设在此处的党组织',
  createRoot: '新建社区',
  createChild: '新建{kind}',
  edit: '编辑',
  delete: '删除',
  deleteConfirm: '确定删除“{name}”？仅可删除没有下级区域、未设党组织且无党员居住的区域。',
  deleted: '已删除',
  created: '已新建',
};

export const placesZh = zh;

export const placesEn: typeof zh = {
  searchPlaceholder: 'Search by name or code',
  noPlaces: 'No places yet',
  selectHint: 'Select a place on the left to see its details',
  kind: 'Kind',
  code: 'Code',
  name: 'Name',
  address: 'Address',
  org: 'Responsible org',
  orgHint: 'Empty: the parent place\'s responsible org',
  centerMember: 'Center household',
  centerMemberHint: 'Households only: the member who lives here',
  childCount: 'Places under it',
  attachedOrgs: 'Orgs attached here',
  createRoot: 'New community',
  createChild: 'New {kind}',
  edit: 'Edit',
  delete: 'Delete',
  deleteConfirm: 'Delete "{name}"? Only a place with nothing under it, no orgs attached and no members living there can be deleted.',
  deleted: 'Deleted',
  created: 'Created',
};

export const placeKindZh = { community: '社区', compound: '小区', building: '楼栋', household: '户' };
export const placeKindEn: typeof placeKindZh = { community: 'community', compound: 'compound', building: 'building', household: 'household' };
