/** 催收页的入口（案件页和证据清单上），单独一个小文件：不把催收页的全部文字带进别的分包。 */
export const collectionEntryText = {
  caseCardTitle: '催收骚扰',
  caseCardBody: '催收人员打给家人、同事，威胁或冒充公检法？记下来，要求停止，向监管部门投诉。',
  caseCardButton: '记录催收、要求停止',
  fromChecklist: '催收骚扰？记下来，要求停止 ›',
}
