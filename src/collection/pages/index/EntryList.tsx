import { View } from '@tarojs/components'
import type { EntryView } from '@/services/collection'
import { fullDate } from '@/i18n/dates'
import { channelText, collectionText as m } from '@/i18n/collection'
import '../../components/collection.css'

/** 记录列表：每条一张卡片（日期时间、方式和号码、说了什么的第一行、截图几张），点开修改。 */
export function EntryList({ entries, onOpen }: { entries: readonly EntryView[]; onOpen: (entryId: string) => void }) {
  return (
    <View data-testid='entry-list'>
      {entries.map(({ stored, entry, issues }) => {
        const when = `${entry.on ? fullDate(entry.on) : m.undated}${entry.at ? ` ${entry.at}` : ''}`
        const how = [entry.channel ? channelText[entry.channel] : '', entry.from].filter((x) => x !== '').join(' ')
        return (
          <View key={stored.id} className='co-entry' role='button' data-testid={`entry-${stored.id}`} onClick={() => onOpen(stored.id)}>
            <View className='co-entry__when'>{m.entryLine(when, how)}</View>
            {entry.said ? <View className='co-entry__said'>{entry.said.split('\n')[0]}</View> : null}
            {stored.photos.length > 0 ? <View className='co-entry__meta'>{m.photos(stored.photos.length)}</View> : null}
            {issues.length > 0 ? <View className='co-entry__issue'>{m.entryHasIssue}</View> : null}
          </View>
        )
      })}
    </View>
  )
}
