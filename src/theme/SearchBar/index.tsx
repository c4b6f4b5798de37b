import type {ReactNode} from 'react';
import QuestionSearch from '@site/src/components/QuestionSearch';

/** The navbar search: one result per question (see QuestionSearch). */
export default function SearchBar(): ReactNode {
  return <QuestionSearch variant="navbar" />;
}
