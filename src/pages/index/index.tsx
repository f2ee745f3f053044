import { View } from '@tarojs/components'
import { PageShell } from '@/components/PageShell'
import { Button } from '@/components/Button'
import { openPage } from '@/adapters/navigation'
import { routes } from '@/routes'
import { t } from '@/i18n'

/** 首页：案件列表的位置；没有案件时用两句话说明这个工具做什么。 */
export default function HomePage() {
  return (
    <PageShell title={t.home.title} lead={t.home.emptyLead}>
      <View data-testid='home-actions'>
        <Button variant='secondary' testId='open-about' onTap={() => openPage(routes.about)}>{t.home.about}</Button>
      </View>
    </PageShell>
  )
}
