import { View } from '@tarojs/components'
import { useState } from 'react'
import { PageShell } from '@/components/PageShell'
import { Button } from '@/components/Button'
import { Notice } from '@/components/Notice'
import { WhoToAsk } from '@/components/WhoToAsk'
import { takeLaunchQuery, usePageLoad, usePageShow, type PageParams } from '@/adapters/lifecycle'
import { openPage } from '@/adapters/navigation'
import { appStore } from '@/adapters/storage'
import { now, today } from '@/adapters/clock'
import { listCases, type CaseList } from '@/services/cases'
import { entryParams, noteEntry, parseEntry } from '@/services/entry'
import { serverMayHoldData } from '@/services/serverData'
import { readPrepProgress, type PrepProgress } from '@/storage/prepProgress'
import { routes } from '@/routes'
import { t } from '@/i18n'
import { CaseListItem } from './CaseListItem'
import './index.css'

/** 首页：案件列表（下一个期限、还剩几天）；没有案件时两句话说明这个工具做什么。扫码/链接进入时直接去填表。 */
export default function HomePage() {
  const [list, setList] = useState<CaseList | null>(null)
  const [serverData, setServerData] = useState(false)
  // 证据清单的进度摘要（清单页写的），不把清单生成器带进主包。
  const [prepared, setPrepared] = useState<Record<string, PrepProgress>>({})

  usePageLoad((params: PageParams) => {
    // 认不出的 scene 返回 null：照常显示首页，不提示错误。
    const entry = parseEntry({ ...takeLaunchQuery(), ...params })
    if (!entry) return
    noteEntry(appStore(), entry, now())
    openPage(routes.intake, entryParams(entry))
  })
  usePageShow(() => {
    setList(listCases(appStore(), now(), today()))
    setServerData(serverMayHoldData(appStore()))
    setPrepared(readPrepProgress(appStore(), now()))
  })

  const empty = list !== null && list.cases.length === 0
  return (
    <PageShell title={t.home.title} lead={empty ? t.home.emptyLead : undefined}>
      {list && list.quarantined > 0 ? <Notice tone='warning' testId='quarantine-notice'>{t.home.quarantined(list.quarantined)}</Notice> : null}
      {list && !empty ? (
        <View data-testid='case-list'>
          <View className='home__list-title'>{t.home.listTitle}</View>
          {list.cases.map((summary) => (
            <CaseListItem key={summary.record.id} summary={summary} prepared={prepared[summary.record.id]} onOpen={() => openPage(routes.detail, { id: summary.record.id })} />
          ))}
        </View>
      ) : null}
      <View data-testid='home-actions'>
        <Button testId='new-case' onTap={() => openPage(routes.intake)}>{t.home.newCase}</Button>
        {/* 有案件，或服务器上可能有提醒数据（删掉最后一个案件后，仍要能去删除它）。 */}
        {list && (!empty || serverData) ? <Button variant='secondary' testId='open-reminders' onTap={() => openPage(routes.reminderSettings)}>{t.home.reminderSettings}</Button> : null}
        <Button variant='secondary' testId='open-about' onTap={() => openPage(routes.about)}>{t.home.about}</Button>
      </View>
      <WhoToAsk />
    </PageShell>
  )
}
