/**
 * 从文书列表或期限卡片打开一份文书：大多数去填写页；庭审提纲有自己的页面（按答辩状生成，只问一个问题），
 * 催收记录表去催收记录页（一条一条记）。
 */
import type { DocKind } from '@/domain/documents/docKinds'
import { routes, type Route } from '@/routes'

/** @example docEntryRoute('hearing_outline') // '/documents/pages/outline/index' */
export function docEntryRoute(kind: DocKind): Route {
  if (kind === 'hearing_outline') return routes.hearingOutline
  if (kind === 'collection_record') return routes.collection
  return routes.documentEdit
}
