import { View } from '@tarojs/components'
import { Button } from '@/components/Button'
import { Card } from '@/components/Card'
import { openPage } from '@/adapters/navigation'
import { routes } from '@/routes'
import { collectionEntryText as m } from '@/i18n/collectionEntry'

/** 案件页上的催收入口：记录、要求停止、投诉（collection 分包）。 */
export function CollectionCard({ caseId }: { caseId: string }) {
  return (
    <Card title={m.caseCardTitle} testId='collection-card'>
      <View>{m.caseCardBody}</View>
      <Button variant='secondary' testId='open-collection' onTap={() => openPage(routes.collection, { id: caseId })}>{m.caseCardButton}</Button>
    </Card>
  )
}
