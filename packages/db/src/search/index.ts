export { createJiebaSegmenter, BUILTIN_WORDS } from './jieba-segmenter.js';
export {
  indexPublication,
  indexPublications,
  removeFromIndex,
  searchPublications,
  RANK_WINDOW,
  SEARCH_CAP,
  type SearchDb,
  type SearchRow,
  type SearchQuery,
  type SearchResult,
} from './search-index.js';
