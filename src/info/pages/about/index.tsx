import { View } from '@tarojs/components'
import { PageShell } from '@/components/PageShell'
import { Card } from '@/components/Card'
import { t } from '@/i18n'
import { PrivacyCard } from './PrivacyCard'
import './about.css'

/** 关于：工具是什么、不是法律意见、数据存在哪里、会用到哪些手机权限、如何删除。 */
export default function AboutPage() {
  const m = t.about
  return (
    <PageShell title={m.title}>
      <Card title={m.whatTitle}>{m.whatBody}</Card>
      <Card title={m.notAdviceTitle} testId='about-not-advice'>{m.notAdviceBody}</Card>
      <Card title={m.dataTitle} testId='about-data'>
        <View>{m.dataOnPhone}</View>
        <View>{m.dataOnServer}</View>
      </Card>
      <PrivacyCard />
      <Card title={m.deleteTitle}>{m.deleteBody}</Card>
      <Card title={m.sourcesTitle}>{m.sourcesBody}</Card>
    </PageShell>
  )
}
