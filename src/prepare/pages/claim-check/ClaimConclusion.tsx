import { View } from '@tarojs/components'
import type { ClaimConclusion as Conclusion } from '@/domain/claims/conclusion'
import { conclusionText as c } from '@/i18n/claimConclusion'
import { claimResultText as r } from '@/i18n/claimResults'
import { TermText } from '@/components/Term'

/** 结论在最上面：一句话和最要紧的数字，其余一行一条，然后是还没有核对的。 */
export function ClaimConclusion({ conclusion }: { conclusion: Conclusion }) {
  const [first, ...rest] = conclusion.lines
  const { unchecked } = conclusion
  return (
    <View className='card cc-conclusion' data-testid='conclusion'>
      <View className='card__title' role='heading' aria-role='heading' aria-level={2}>{c.title}</View>
      {first ? (
        <View data-testid={`conclusion-${first.code}`} data-conclusion='claim-check'>
          <View className='cc-headline' data-testid='conclusion-headline' role='heading' aria-role='heading' aria-level={3}>{c.headline(first)}</View>
          <TermText text={c.detail(first)} />
        </View>
      ) : (
        <View data-conclusion='claim-check'>
          <View className='cc-headline' data-testid='conclusion-headline' role='heading' aria-role='heading' aria-level={3}>{conclusion.lead === 'nothing_checked' ? c.nothingChecked : c.noneFound}</View>
          <View>{conclusion.lead === 'nothing_checked' ? c.nothingCheckedNote : c.noneFoundNote}</View>
        </View>
      )}
      {rest.map((line) => (
        <View key={line.code} className='cc-line' data-testid={`conclusion-${line.code}`}>{`${c.headline(line)}。${c.detail(line)}`}</View>
      ))}
      {unchecked.length > 0 ? (
        <View className='cc-unchecked' data-testid='unchecked'>
          <View className='cc-subtitle'>{c.uncheckedLead}</View>
          {unchecked.map((code) => <View key={code} data-testid={`unchecked-${code}`}>{`· ${r.unchecked[code]}`}</View>)}
        </View>
      ) : null}
      <View className='prep-hint'>{c.details}</View>
    </View>
  )
}
