import type {ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import {ThemeClassNames} from '@docusaurus/theme-common';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';

type Props = {readonly lastUpdatedAt?: number | null; readonly lastUpdatedBy?: string | null};

/**
 * "Last updated on <date>", as the theme words it, without the original's
 * `itemprop="dateModified"`: no element of the page is a microdata item, so
 * the attribute is invalid HTML (Nu Html Checker). The date reaches crawlers
 * through JSON-LD `dateModified` instead. The author is never shown: the site
 * does not track one.
 */
export default function LastUpdated({lastUpdatedAt}: Props): ReactNode {
  const {i18n} = useDocusaurusContext();
  if (lastUpdatedAt == null) return null;
  const date = new Date(lastUpdatedAt);
  const formatted = new Intl.DateTimeFormat(i18n.currentLocale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
  return (
    <span className={ThemeClassNames.common.lastUpdated}>
      <Translate
        id="theme.lastUpdated.lastUpdatedAtBy"
        description="The sentence used to display when a page has been last updated, and by who"
        values={{
          atDate: (
            <Translate
              id="theme.lastUpdated.atDate"
              description="The words used to describe on which date a page has been last updated"
              values={{
                date: (
                  <b>
                    <time dateTime={date.toISOString()}>{formatted}</time>
                  </b>
                ),
              }}
            >
              {' on {date}'}
            </Translate>
          ),
          byUser: '',
        }}
      >
        {'Last updated{atDate}{byUser}'}
      </Translate>
    </span>
  );
}
