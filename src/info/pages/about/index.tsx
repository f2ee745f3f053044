import { View } from '@tarojs/components'
import { PageShell } from '@/components/PageShell'
import { Button } from '@/components/Button'
import { Card } from '@/components/Card'
import { PhoneLink } from '@/components/PhoneLink'
import { openPage } from '@/adapters/navigation'
import { routes } from '@/routes'
import { t } from '@/i18n'
import { PrivacyCard } from './PrivacyCard'
import './about.css'

/** 关于：工具是什么、不是法律意见（可以直接拨打的求助热线）、数据存在哪里、会用到哪些手机权限、如何删除。 */
export default function AboutPage() {
  const m = t.about
  return (
    <PageShell title={m.title}>
      <Card title={m.whatTitle}>{m.whatBody}</Card>
      <Card title={m.notAdviceTitle} testId='about-not-advice'>
        <View>{m.notAdviceBody}</View>
        <PhoneLink number='12348' label={m.legalAidHotline} testId='call-12348' />
        <PhoneLink number='12368' label={m.courtHotline} testId='call-12368' />
      </Card>
      <Card title={m.dataTitle} testId='about-data'>
        <View>{m.dataOnPhone}</View>
        <View>{m.dataOnServer}</View>
      </Card>
      <PrivacyCard />
      <Card title={m.deleteTitle} testId='about-delete'>
        <View>{m.deleteBody}</View>
        {/* 这个入口不看手机上有没有案件：删掉最后一个案件后，服务器上可能还有提醒数据。 */}
        <Button variant='danger' testId='about-delete-server-data' onTap={() => openPage(routes.reminderSettings)}>{m.deleteServerData}</Button>
      </Card>
      <Card title={m.sourcesTitle}>{m.sourcesBody}</Card>
    </PageShell>
  )
}
