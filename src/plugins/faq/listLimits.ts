/**
 * How much of a category a page lists before it links to the category's own
 * page instead: what keeps a page's cost the same at 4 or 4,000 questions
 * (DESIGN.md). The category pages list every question.
 */
export const LIST_LIMITS = {
  /** Questions a home page card shows; a bigger category adds "All N questions". */
  homeQuestionsPerCategory: 5,
  /**
   * Questions a sidebar category shows. A bigger one is collapsed to its link,
   * except on its own pages, where it shows this many around the current
   * question, then "All N questions".
   */
  sidebarQuestionsPerCategory: 10,
  /**
   * Questions /faq shows with their whole answers, on one page. With answers
   * like today's (about 0.25 KiB each, brotli) that page stays within a first
   * visit's 30 KiB. A bigger FAQ's /faq lists the categories as the home page
   * does, and forwards each question's anchor to the question's own page.
   */
  answersOnOnePage: 24,
} as const satisfies Record<string, number>;
