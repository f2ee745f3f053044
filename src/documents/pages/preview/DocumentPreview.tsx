import { View } from '@tarojs/components'
import { lineText, type Line, type RenderedBlock, type RenderedDocument } from '@/domain/documents/rendered'
import { documentsText as m } from '@/i18n/documents'

/** One line as one text node: few WXML nodes even for the long answer form (performance audit: < 1000). */
const text = (line: Line) => lineText(line)

function Block({ block, i }: { block: RenderedBlock; i: number }) {
  switch (block.kind) {
    case 'title': return <View className='paper__title'>{block.text}</View>
    case 'subtitle': return <View className='paper__subtitle'>{block.text}</View>
    case 'heading': return <View className='paper__heading'>{block.text}</View>
    case 'paragraph': {
      const cls = `paper__p${block.indent ? ' paper__p--indent' : ''}${block.align === 'right' ? ' paper__p--right' : ''}`
      return <View className={cls}>{text(block.runs)}</View>
    }
    case 'table': return (
      <View className='paper__table' data-testid={`paper-table-${i}`}>
        {block.rows.map((row, r) => row.kind === 'section'
          ? <View key={r} className='paper__section'>{row.text}</View>
          : (
            <View key={r} className='paper__row'>
              <View className='paper__label'>{row.label}</View>
              <View className='paper__cell'>{row.lines.map((line, l) => <View key={l}>{text(line)}</View>)}</View>
            </View>
          ))}
      </View>
    )
  }
}

/**
 * 文书预览：像纸上的样子（标题居中、正文首行缩进、要素表格两列），和 Word 文件同一份内容。
 * 「模板，不构成法律意见」的提示在纸的下面、纸外面：它只在屏幕上，不进文书。
 */
export function DocumentPreview({ doc }: { doc: RenderedDocument }) {
  return (
    <View>
      <View className='paper' data-testid='paper'>
        {doc.blocks.map((block, i) => <Block key={i} block={block} i={i} />)}
      </View>
      <View className='paper__notice' data-testid='paper-notice'>{m.notice}</View>
    </View>
  )
}
