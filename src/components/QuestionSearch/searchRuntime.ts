/** Everything search runs, in one chunk that loads with the first search, not with the page. */
export {QuestionIndex, markMatches, isMatchedWord} from '@site/src/plugins/search/questionIndex';
export {closestQuestions} from '@site/src/plugins/search/closest';
export {words} from '@site/src/plugins/search/normalize';
