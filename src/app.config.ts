// 页面清单。首页在主包；功能页放在分包里，主包只留启动必需的代码（体积预算见 scripts/checkMainPackageSize.mjs）。
export default defineAppConfig({
  pages: ['pages/index/index'],
  subPackages: [
    { root: 'info', pages: ['pages/about/index'] },
    // 新建/编辑案件与期限详情：体积大的表单和条文都在这里，不进主包。
    { root: 'case', pages: ['pages/intake/index', 'pages/detail/index'] },
    // 微信提醒设置：授权次数、已安排的提醒、删除服务器上的数据。
    { root: 'reminders', pages: ['pages/settings/index'] },
    // 准备应诉：证据清单（照片只存在手机上）和核对诉讼请求。
    { root: 'prepare', pages: ['pages/checklist/index', 'pages/claim-check/index'] },
    // 文书：答辩状（要素式）、异议书、申请书、写给原告的协商信；模板、渲染和 Word 文件生成都在这个分包里。
    { root: 'documents', pages: ['pages/list/index', 'pages/edit/index', 'pages/preview/index', 'pages/outline/index'] },
    // 催收骚扰：催收人员不能做什么、催收记录（截图只存在手机上）；函和投诉书在文书分包里生成。
    { root: 'collection', pages: ['pages/index/index', 'pages/entry/index'] }
  ],
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#ededed',
    navigationBarTitleText: '应诉助手',
    navigationBarTextStyle: 'black',
    backgroundColor: '#ededed'
  }
})
