// About, privacy and contact: what Remedex is, what it publishes about a person, and how to reach
// the people who run it.
import type { PageContext } from '../context.js';
import { h } from '../jsx.js';
import { Layout, page } from '../layout.js';

export interface SiteFacts {
  insightMinReports: number;
  contactEmail: string | null;
}

export function aboutPage(f: SiteFacts, ctx: PageContext): string {
  return page(
    <Layout
      title="About Remedex"
      ctx={ctx}
      description="What Remedex is, and how its numbers are made."
    >
      <h1>About Remedex</h1>
      <p>
        Remedex gathers two kinds of writing about natural remedies, kept apart on every page:
        articles by the editors, who read the research and say how strong it is, and first-hand
        reports by readers, each about one remedy for one condition.
      </p>
      <h2>How reports are checked</h2>
      <p>
        Every report is read by a moderator before it is published, unless its author is a member
        with a record of published posts. Some posts always wait for a person, whoever wrote them:
        those that mention a change to prescribed medicine, an amount above the article's stated
        maximum, a substance that is unsafe to swallow, or a remedy known to interact with a
        medicine they name. What moderators remove, and why, is in the public moderation log.
      </p>
      <h2>How the numbers are made</h2>
      <p>
        Shares such as "improved" count only the reports that say how it went, and always say how
        many reports they rest on, with a 95% range. Below {f.insightMinReports} reports a share is
        not shown at all. Where an author did not fill in a field, its value may be read from the
        words of the report; each report's page shows where every value came from, and values the
        reader of text is unsure of are left out.
      </p>
      <h2>What it is not</h2>
      <p>
        Reports are experiences, not evidence that a remedy works, and nothing here is medical
        advice. Talk to a doctor or pharmacist before starting, stopping or changing a treatment;
        every remedy page says when to stop and call one.
      </p>
    </Layout>,
  );
}

export function privacyPage(_f: SiteFacts, ctx: PageContext): string {
  return page(
    <Layout
      title="Privacy"
      ctx={ctx}
      description="What Remedex publishes about you, and what it keeps."
    >
      <h1>Privacy</h1>
      <h2>What is published</h2>
      <ul>
        <li>The name you choose to show beside your posts, and your posts themselves.</li>
        <li>
          A place only as a town or region and a country; a street, number, postcode, email or phone
          number typed into the place is never shown.
        </li>
        <li>
          Email addresses and phone numbers written into a post are hidden where the post is shown.
        </li>
      </ul>
      <h2>What is kept and never shown</h2>
      <ul>
        <li>
          Your email address: to sign you in, to tell you about your report if you asked, and to let
          you claim reports you sent as a guest.
        </li>
        <li>The place as you typed it, seen only by moderators.</li>
      </ul>
      <h2>Cookies</h2>
      <p>
        A cookie keeps you signed in, and one carries a form's protection against forgery and a
        one-minute message after you act. There are no advertising or tracking cookies, and no
        third-party scripts.
      </p>
      <h2>Leaving</h2>
      <p>
        From My account you can download what you wrote, and delete your account; your name, email
        and place go with it, and your posts are removed or kept without your name, as you choose.
      </p>
    </Layout>,
  );
}

export function contactPage(f: SiteFacts, ctx: PageContext): string {
  return page(
    <Layout title="Contact" ctx={ctx} description="How to reach the editors and moderators.">
      <h1>Contact</h1>
      <p>
        To report a post that is unsafe, spam or wrong, use "Flag this report" on it: a moderator
        sees it first.
      </p>
      {f.contactEmail ? (
        <p>
          For anything else, write to the editors at{' '}
          <a href={`mailto:${f.contactEmail}`}>{f.contactEmail}</a>.
        </p>
      ) : (
        <p>
          This site's operator has not published an address yet; flags reach the moderators in the
          meantime.
        </p>
      )}
      <p>
        In an emergency, call your local emergency number. The editors cannot give medical advice.
      </p>
    </Layout>,
  );
}
