import { View } from '@tarojs/components'
import { useRef, useState } from 'react'
import { Button } from '@/components/Button'
import { Notice } from '@/components/Notice'
import { PageShell } from '@/components/PageShell'
import { usePageLoad, type PageParams } from '@/adapters/lifecycle'
import { openPage, restartAt } from '@/adapters/navigation'
import { revealElement } from '@/adapters/pageScroll'
import { appStore } from '@/adapters/storage'
import { now, today } from '@/adapters/clock'
import { chooseClaimKind } from '@/services/claimKindChoice'
import { loadClaimCheck, runClaimCheck, saveClaimCheckDraft, type ClaimCheckRun, type ClaimCheckState } from '@/services/claimCheck'
import type { ClaimCheckForm, ClaimFormIssue } from '@/services/claimCheckForm'
import { limitationFactsFromForm } from '@/services/limitationForm'
import { routes } from '@/routes'
import { t } from '@/i18n'
import { claimCheckText as m } from '@/i18n/claimCheck'
import { ClaimKindPicker } from '../../components/ClaimKindPicker'
import { ClaimResults, RESULTS_ID } from './ClaimResults'
import { ClaimedSection, ReceivedSection, RepaymentsSection, ScheduleSection, TermsSection } from './FormSections'
import { LIMITATION_TITLE_ID, LimitationSection } from './LimitationSection'
import './claimCheck.css'

/** Clears the messages of the fields a change touched (a repayment row counts as its two fields, the limitation answers as theirs). */
function withoutTouched(issues: ClaimFormIssue[], patch: Partial<ClaimCheckForm>): ClaimFormIssue[] {
  return issues.filter((i) => !(i.field in patch) && !(patch.repayments && i.field.startsWith('repayments.')) && !(patch.limitation && i.field.startsWith('limitation.')))
}

/**
 * 核对诉讼请求：填起诉状的金额、自己的记录和诉讼时效的几个日期，点“核对”。结果在页面最上面、结论在前；
 * 从证据清单带 section=limitation 打开时，直接滚到诉讼时效的问题。
 */
export default function ClaimCheckPage() {
  const [state, setState] = useState<ClaimCheckState | 'missing' | null>(null)
  const [issues, setIssues] = useState<ClaimFormIssue[]>([])
  const [result, setResult] = useState<ClaimCheckRun | null>(null)
  const latest = useRef<ClaimCheckForm | null>(null)

  const check = (caseId: string, form: ClaimCheckForm, reveal = false) => {
    const run = runClaimCheck(appStore(), caseId, form, now())
    setIssues(run?.issues ?? [])
    const ok = run !== null && run.issues.length === 0
    setResult(ok ? run : null)
    // The results sit above the form: after 核对, bring the conclusion into view.
    if (ok && reveal) setTimeout(() => revealElement(RESULTS_ID, { at: 'top' }), 0)
  }
  usePageLoad((params: PageParams) => {
    const loaded = params.id ? loadClaimCheck(appStore(), params.id, now()) : null
    setState(loaded ?? 'missing')
    if (!loaded) return
    latest.current = loaded.form
    // Saved input: show where it stands at once (its results, or what to fix).
    if (loaded.saved) check(loaded.record.id, loaded.form)
    // section=limitation (checklist, timeline) or focus=limitation (the documents' promise warning): the questions.
    if (params.section === 'limitation' || params.focus === 'limitation') setTimeout(() => revealElement(LIMITATION_TITLE_ID, { at: 'top' }), 0)
  })

  if (state === null) return <View />
  if (state === 'missing') {
    return (
      <PageShell title={m.title}>
        <Notice tone='warning' testId='case-missing'>{m.notFound}</Notice>
        <Button testId='back-home' onTap={() => restartAt(routes.home)}>{m.backHome}</Button>
      </PageShell>
    )
  }
  const { record } = state
  const form = latest.current ?? state.form
  const update = (patch: Partial<ClaimCheckForm>) => {
    const next = { ...(latest.current ?? state.form), ...patch }
    latest.current = next
    saveClaimCheckDraft(appStore(), record.id, next)
    setIssues((old) => withoutTouched(old, patch))
    setState({ ...state, form: next })
  }
  const changeKind = (kind: Parameters<typeof chooseClaimKind>[2]) => {
    chooseClaimKind(appStore(), record.id, kind, now())
    const reloaded = loadClaimCheck(appStore(), record.id, now())
    if (!reloaded) return setState('missing')
    setState({ ...reloaded, form })
    if (result) check(record.id, form)
  }
  const props = { form, issues, update, today: today() }
  const { lastDueFromSchedule, lastRepaymentFromList } = limitationFactsFromForm(form, props.today)
  const sources = { ...(lastDueFromSchedule ? { lastDueFromSchedule } : {}), ...(lastRepaymentFromList ? { lastRepaymentFromList } : {}) }

  return (
    <PageShell title={m.title} lead={t.home.caseTitle(record.lender.name, record.caseNumber)}>
      {result ? <ClaimResults findings={result.findings} onAnswerLimitation={() => revealElement(LIMITATION_TITLE_ID, { at: 'top' })} /> : <Notice testId='claim-check-intro'>{m.intro}</Notice>}
      {result ? <View className='prep-section-title' role='heading' aria-role='heading' aria-level={2} data-testid='form-title'>{m.formTitle}</View> : null}
      <ClaimKindPicker kind={state.claimKind} inferred={state.claimKindInferred} onChoose={changeKind} />
      <ReceivedSection {...props} />
      <RepaymentsSection {...props} />
      <ClaimedSection {...props} />
      <LimitationSection {...props} claimKind={state.claimKind} sources={sources} />
      <ScheduleSection {...props} />
      <TermsSection {...props} claimKind={state.claimKind} />
      {issues.length > 0 ? <Notice tone='error' testId='fix-first'>{m.fixFirst}</Notice> : null}
      <Button testId='run-check' onTap={() => check(record.id, form, true)}>{result ? m.runAgain : m.run}</Button>
      <Button variant='secondary' testId='to-checklist' onTap={() => openPage(routes.checklist, { id: record.id })}>{m.toChecklist}</Button>
    </PageShell>
  )
}
