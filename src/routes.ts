/** 所有页面的路径（与 app.config.ts 一致），跳转时只用这里的常量。 */
export const routes = {
  home: '/pages/index/index',
  about: '/info/pages/about/index',
  intake: '/case/pages/intake/index',
  detail: '/case/pages/detail/index',
  reminderSettings: '/reminders/pages/settings/index',
  checklist: '/prepare/pages/checklist/index',
  claimCheck: '/prepare/pages/claim-check/index',
  documentList: '/documents/pages/list/index',
  documentEdit: '/documents/pages/edit/index',
  documentPreview: '/documents/pages/preview/index',
  hearingOutline: '/documents/pages/outline/index',
  collection: '/collection/pages/index/index',
  collectionEntry: '/collection/pages/entry/index'
} as const

export type Route = (typeof routes)[keyof typeof routes]
