import type { ThemeConfig } from 'antd';

/** Party red as the primary colour; otherwise antd's defaults, which Chinese enterprise users know. */
export const partyRed = '#c8161d';

export const theme: ThemeConfig = {
  token: {
    colorPrimary: partyRed,
    colorLink: partyRed,
    borderRadius: 4,
    fontFamily: '-apple-system, BlinkMacSystemFont, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Helvetica Neue", Arial, sans-serif',
  },
  components: {
    Layout: { headerBg: '#a8071a', siderBg: '#ffffff', headerHeight: 56, headerPadding: '0 20px' },
    Menu: { itemSelectedBg: '#fff1f0', itemSelectedColor: partyRed },
  },
};
