import {useLocation} from '@docusaurus/router';
import type {FaqCategory, FaqQuestion} from '@site/src/plugins/faq/types';
import {useFaq} from './useFaq';

/** The question whose page is showing, with its category; undefined elsewhere. */
export function useQuestionAt(): {question: FaqQuestion; category: FaqCategory} | undefined {
  const {pathname} = useLocation();
  for (const category of useFaq().categories) {
    const question = category.questions.find((candidate) => candidate.permalink === pathname);
    if (question) return {question, category};
  }
  return undefined;
}
