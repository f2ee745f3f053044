import { View } from '@tarojs/components'
import { Button } from '@/components/Button'
import { Card } from '@/components/Card'
import { openPage } from '@/adapters/navigation'
import type { PrepProgress } from '@/storage/prepProgress'
import { routes } from '@/routes'
import { detailText as m } from '@/i18n/detail'

/** 时间线上的“准备应诉”：证据清单的进度，去证据清单、去核对诉讼请求。 */
export function PrepareCard({ caseId, progress }: { caseId: string; progress: PrepProgress }) {
  return (
    <Card title={m.prepareTitle} testId='prepare'>
      <View className='timeline__date' data-testid='prepare-progress'>{m.prepareProgress(progress.ready, progress.total)}</View>
      <Button variant='secondary' testId='open-checklist' onTap={() => openPage(routes.checklist, { id: caseId })}>{m.openChecklist}</Button>
      <Button variant='secondary' testId='open-claim-check' onTap={() => openPage(routes.claimCheck, { id: caseId })}>{m.openClaimCheck}</Button>
    </Card>
  )
}
