import { createRequire } from 'node:module';
import type { Segmenter } from '@gongkai/domain';

type Jieba = typeof import('jieba-wasm');

/**
 * Words jieba's stock dictionary lacks or splits: the places and organizations of the demo
 * deployment and the statutory terms residents search for. Without them 五华县 comes out as
 * 五|华县 and 公开指南 as 公开|指南.
 */
export const BUILTIN_WORDS: readonly string[] = [
  '棉洋镇',
  '华城镇',
  '五华县',
  '梅州市',
  '广东省',
  '棉洋镇人民政府',
  '华城镇人民政府',
  '五华县人民政府',
  '棉洋村',
  '新村',
  '洋塘村',
  '黄龙村',
  '双华村',
  '龙岗村',
  '社下村',
  '岗子村',
  '上苑村',
  '下苑村',
  '党政办',
  '农业农村办',
  '村委会',
  '便民服务中心',
  '政府信息公开',
  '政务公开',
  '信息公开',
  '公开指南',
  '公开目录',
  '依申请公开',
  '主动公开',
  '不予公开',
  '年度报告',
  '规范性文件',
  '政策解读',
  '政务动态',
  '镇村信息',
  '部门动态',
  '公示公告',
  '应急预案',
  '索引号',
  '文号',
];

let jieba: Jieba | undefined;
const added = new Set<string>();

/**
 * jieba-wasm reads its dictionary when first used (about 0.4 s and tens of MB), so it is loaded
 * on the first cut rather than at import: processes that never segment never pay for it.
 */
function load(): Jieba {
  if (!jieba) {
    jieba = createRequire(import.meta.url)('jieba-wasm') as Jieba;
    addWords(jieba, BUILTIN_WORDS);
  }
  return jieba;
}

function addWords(j: Jieba, words: readonly string[]): void {
  for (const raw of words) {
    const word = raw.trim();
    if (!word || added.has(word)) continue;
    // The dictionary is process-wide; remember what was added so repeated segmenters stay cheap.
    j.add_word(word);
    added.add(word);
  }
}

/**
 * jieba's search mode adds only the 2- and 3-character words inside a long word, so with
 * 棉洋镇人民政府 in the dictionary the index would lack 人民政府 and a query for it (which `cut`
 * keeps whole) would miss. Longer dictionary words inside a long token are added as well.
 */
function withLongParts(j: Jieba, tokens: string[]): string[] {
  const out: string[] = [];
  for (const token of tokens) {
    out.push(token);
    if (token.length < 5) continue;
    for (const part of j.cut_all(token)) if (part.length >= 4 && part !== token) out.push(part);
  }
  return out;
}

/** The dictionary-backed segmenter injected wherever text is indexed or queried. */
export function createJiebaSegmenter(extraWords: string[] = []): Segmenter {
  let ready = false;
  const get = () => {
    const j = load();
    if (!ready) {
      addWords(j, extraWords);
      ready = true;
    }
    return j;
  };
  return {
    cut: (text) => get().cut(text, true),
    cutForSearch: (text) => withLongParts(get(), get().cut_for_search(text, true)),
  };
}
