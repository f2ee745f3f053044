import { View } from '@tarojs/components'
import { useRef, useState } from 'react'
import { Button } from '@/components/Button'
import { Notice } from '@/components/Notice'
import { PageShell } from '@/components/PageShell'
import { usePageLoad, type PageParams } from '@/adapters/lifecycle'
import { replacePage, returnTo } from '@/adapters/navigation'
import { appStore } from '@/adapters/storage'
import { now, today } from '@/adapters/clock'
import { parseEntry } from '@/services/entry'
import { INTAKE_STEPS, type IntakeForm } from '@/services/intakeForm'
import { discardDraft, persistDraft, startIntake, suggestProcedure, type IntakeStart } from '@/services/intakeSession'
import { firstInvalidStep, validateStep, type IntakeIssue } from '@/services/intakeValidation'
import { saveIntake } from '@/services/intakeSave'
import type { LenderKey } from '@/storage/caseRecord'
import { routes } from '@/routes'
import { intakeText as m } from '@/i18n/intake'
import { StepDocuments } from './StepDocuments'
import { StepDates } from './StepDates'
import { StepCourt } from './StepCourt'
import { StepLender } from './StepLender'

/** 新建/编辑案件：四步表单。每次改动都存草稿；校验错误写在出错的那一项下面。 */
export default function IntakePage() {
  const [state, setState] = useState<IntakeStart | null>(null)
  const [issues, setIssues] = useState<IntakeIssue[]>([])
  const [suggested, setSuggested] = useState(false)
  const latest = useRef<IntakeStart | null>(null)

  usePageLoad((params: PageParams) => {
    // 来源归因由首页在入口处记录；这里只用入口预选原告、把来源写进案件。
    const entry = parseEntry(params)
    const start = startIntake(appStore(), now(), { editingId: params.id ?? null, entry })
    latest.current = start
    setState(start)
  })

  if (!state) return <View />
  const { form, step, editingId } = state
  const todayDate = today()

  const commit = (next: IntakeStart) => {
    latest.current = next
    setState(next)
    persistDraft(appStore(), { editingId: next.editingId, step: next.step, form: next.form })
  }

  const update = (patch: Partial<IntakeForm>) => {
    const current = latest.current ?? state
    let nextForm = { ...current.form, ...patch }
    // 认出了案号（民督、民诉前调）就预选程序；用户仍可以改。
    if (patch.caseNumber !== undefined) {
      const procedure = suggestProcedure({ ...nextForm, documents: [] })
      if (procedure) { nextForm = { ...nextForm, procedure }; setSuggested(true) }
    }
    if (patch.procedure !== undefined) setSuggested(false)
    setIssues((old) => old.filter((issue) => !(issue.field in patch)))
    commit({ ...current, form: nextForm })
  }

  const goTo = (nextStep: number, nextForm: IntakeForm = form) => commit({ ...state, step: nextStep, form: nextForm })

  const next = () => {
    const found = validateStep(step, form, todayDate)
    setIssues(found)
    if (found.length > 0) return
    let nextForm = form
    if (step === 0 && form.procedure === '') {
      const procedure = suggestProcedure(form)
      if (procedure) { nextForm = { ...form, procedure }; setSuggested(true) }
    }
    goTo(step + 1, nextForm)
  }

  const save = () => {
    const invalid = firstInvalidStep(form, todayDate)
    if (invalid) {
      setIssues(invalid.issues)
      if (invalid.step !== step) goTo(invalid.step)
      return
    }
    const lenderName = form.lenderKey === 'other' ? form.lenderOther.trim() : m.lenders[form.lenderKey as LenderKey]
    const id = saveIntake(appStore(), form, { id: editingId, nowMs: now(), lenderName })
    // 修改：回到原来的详情页（它会重新读取），不在页面栈里叠第二个详情页。新建：用详情页替换表单。
    if (editingId) returnTo(routes.detail, { id })
    else replacePage(routes.detail, { id })
  }

  const props = { form, issues, update, today: todayDate }
  const last = step === INTAKE_STEPS - 1
  return (
    <PageShell title={editingId ? m.titleEdit : m.titleNew}>
      {state.restored ? (
        <Notice testId='draft-restored'>
          <View>{m.restored}</View>
          {editingId === null ? (
            <View className='link-button' data-testid='start-over' onClick={() => { const fresh = discardDraft(appStore(), state); latest.current = fresh; setIssues([]); setState(fresh) }}>{m.startOver}</View>
          ) : null}
        </Notice>
      ) : null}
      <View className='page__lead' data-testid='step-indicator'>{m.stepOf(step + 1, INTAKE_STEPS)}</View>
      <View className='card__title' data-testid={`step-${step}`}>{m.stepTitles[step]}</View>
      <View className='page__lead'>{m.stepLeads[step]}</View>
      {step === 0 ? <StepDocuments {...props} /> : null}
      {step === 1 ? <StepDates {...props} /> : null}
      {step === 2 ? <StepCourt {...props} suggested={suggested} /> : null}
      {step === 3 ? <StepLender {...props} /> : null}
      {last ? <Button testId='save' onTap={save}>{m.save}</Button> : <Button testId='next' onTap={next}>{m.next}</Button>}
      {step > 0 ? <Button variant='secondary' testId='previous' onTap={() => { setIssues([]); goTo(step - 1) }}>{m.previous}</Button> : null}
    </PageShell>
  )
}
