import { View } from '@tarojs/components'
import { useEffect, useRef, useState } from 'react'
import { Button } from '@/components/Button'
import { fieldElementId } from '@/components/Field'
import { Notice } from '@/components/Notice'
import { PageShell } from '@/components/PageShell'
import { usePageLoad, type PageParams } from '@/adapters/lifecycle'
import { revealElement, scrollPageToTop } from '@/adapters/pageScroll'
import { replacePage, returnTo } from '@/adapters/navigation'
import { appStore } from '@/adapters/storage'
import { now, today } from '@/adapters/clock'
import { parseEntry } from '@/services/entry'
import { INTAKE_STEPS, type IntakeForm } from '@/services/intakeForm'
import { discardDraft, persistDraft, startIntake, suggestProcedure, type IntakeStart } from '@/services/intakeSession'
import { firstInvalidStep, firstIssueField, suggestInstanceFromNumber, validateStep, type FormField, type IntakeIssue } from '@/services/intakeValidation'
import { saveIntake } from '@/services/intakeSave'
import type { LenderKey } from '@/storage/caseRecord'
import { routes } from '@/routes'
import { intakeText as m } from '@/i18n/intake'
import { StepDocuments } from './StepDocuments'
import { StepDates } from './StepDates'
import { StepCourt } from './StepCourt'
import { StepLender } from './StepLender'

/**
 * 新建/编辑案件：四步表单。每次改动都存草稿；校验错误写在出错的那一项下面。
 * 每一步从页面顶部开始；“下一步”或“保存”没通过时，把页面上第一处错误滚到眼前并给它焦点。
 */
export default function IntakePage() {
  const [state, setState] = useState<IntakeStart | null>(null)
  const [issues, setIssues] = useState<IntakeIssue[]>([])
  const [suggested, setSuggested] = useState(false)
  /** 要带用户去看的那处错误；seq 让同一项连续两次出错也会再滚过去一次。 */
  const [reveal, setReveal] = useState<{ field: FormField; seq: number } | null>(null)
  const latest = useRef<IntakeStart | null>(null)

  const shownStep = state?.step
  // 换步时页面不会重新打开，滚动位置会留在上一步：回到顶部，标题和第一项才在眼前。
  useEffect(() => { if (shownStep !== undefined) scrollPageToTop() }, [shownStep])
  // 写在换步之后：保存时错误在另一步，先换步、再滚到那一处错误。
  useEffect(() => { if (reveal) revealElement(fieldElementId(reveal.field)) }, [reveal])

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
      // 民终 案号 → 预选二审（页面上说明是预选的，可以改）；用户已经选过的不动。
      if (nextForm.instance === '' && suggestInstanceFromNumber(nextForm.caseNumber) === 'second') nextForm = { ...nextForm, instance: 'second' }
    }
    if (patch.procedure !== undefined) setSuggested(false)
    setIssues((old) => old.filter((issue) => !(issue.field in patch)))
    // reveal 不在这里清掉：它给输入框的 focus 属性，打字时变成 false 会让小程序收起键盘。
    commit({ ...current, form: nextForm })
  }

  const goTo = (nextStep: number, nextForm: IntakeForm = form) => {
    setReveal(null) // 换了一步，上一处错误的焦点不再适用（回到上一步时也不该自动弹出键盘）
    commit({ ...state, step: nextStep, form: nextForm })
  }

  const showIssues = (found: IntakeIssue[]) => {
    setIssues(found)
    const field = firstIssueField(found)
    setReveal(field ? { field, seq: (reveal?.seq ?? 0) + 1 } : null)
  }

  const next = () => {
    const found = validateStep(step, form, todayDate)
    showIssues(found)
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
      if (invalid.step !== step) goTo(invalid.step)
      showIssues(invalid.issues) // 在换步之后：同一次更新里，这一处错误的焦点留下
      return
    }
    const lenderName = form.lenderKey === 'other' ? form.lenderOther.trim() : m.lenders[form.lenderKey as LenderKey]
    const id = saveIntake(appStore(), form, { id: editingId, nowMs: now(), lenderName })
    // 修改：回到原来的详情页（它会重新读取），不在页面栈里叠第二个详情页。新建：用详情页替换表单。
    if (editingId) returnTo(routes.detail, { id })
    else replacePage(routes.detail, { id })
  }

  const props = { form, issues, update, today: todayDate, focusField: reveal?.field ?? null }
  const last = step === INTAKE_STEPS - 1
  return (
    <PageShell title={editingId ? m.titleEdit : m.titleNew}>
      {state.restored ? (
        <Notice testId='draft-restored'>
          <View>{m.restored}</View>
          {editingId === null ? (
            <View className='link-button' role='button' aria-role='button' aria-label={m.startOver} data-testid='start-over' onClick={() => { const fresh = discardDraft(appStore(), state); latest.current = fresh; setIssues([]); setState(fresh) }}>{m.startOver}</View>
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
