/** The title of /faq, whether it holds every answer or, in a bigger FAQ, lists the categories. */
export const ALL_QUESTIONS_TITLE = 'FAQ about the XMTP network';
