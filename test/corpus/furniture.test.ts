import { describe, expect, it } from 'vitest';
import { isBylineLine, isListMarker, isTailMarker, junkRule } from '../../src/corpus/furniture.js';

describe('junkRule (page furniture by shape)', () => {
  it.each([
    ['skip-link', 'Skip to main content'],
    ['correction-note', 'Editor’s note: This article was updated on January 22 to reflect that service has been restored.'],
    ['disclaimer', 'This transcript was generated automatically and lightly edited. It may contain errors.'],
    ['credit-line', 'Signal Boost is produced by Aaron Pike and edited by Sofia Marchetti. Our theme music is by Low Tide Choir.'],
    ['subscription-prompt', 'Support Signal Boost: become a Fernway member for ad-free listening.'],
    ['meta-line', 'Updated Jan. 18, 2025 9:05 a.m. ET 5 min read'],
    ['email-frame', 'View this email in your browser'],
    ['email-header', 'From: Dana Cole'],
    ['email-header', 'To: All staff'],
    ['email-frame', 'You are receiving this email because you subscribed to The Morning Brief.'],
    ['email-frame', 'Our mailing address is: Morning Brief Media, 1200 Harbor Street, Portland, OR 97201'],
    ['email-frame', 'Update your preferences or unsubscribe from this list.'],
    ['skip-link', 'Jump to navigation Jump to search'],
    ['cookie-banner', 'We use cookies to improve your experience. By continuing to browse, you agree to our use of cookies.'],
    ['cookie-banner', 'Accept All Cookies'],
    ['site-chrome', 'Manage Preferences'],
    ['comment-form', 'Save my name, email, and website in this browser for the next time I comment.'],
    ['comment-form', 'Leave a Reply Cancel reply'],
    ['form-label', 'Email *'],
    ['form-label', 'Name *'],
    ['relative-time', 'Updated 2 hours ago'],
    ['reading-time', 'Listen to this article · 5 min'],
    ['meta-line', '7 min read · Jan 18, 2025'],
    ['meta-line', '142 Likes · 37 Comments · 9 Restacks'],
    ['meta-line', '1.2K 48'],
    ['no-words', '·'],
    ['categories', 'Categories: 2025 in the United States | 2025 in China | TikTok'],
    ['categories', 'Tags: rednote, tiktok, china'],
    ['page-footer', 'This page was last edited on 2 February 2025, at 10:14 (UTC).'],
    ['citation-entry', '^ Lin, Grace (14 January 2025). "Americans flock to Chinese app RedNote". The Pacific Ledger. Retrieved 15 January 2025.'],
    ['citation-entry', 'Archived from the original on 20 January 2025.'],
    ['wiki-furniture', 'From Wikipedia, the free encyclopedia'],
    ['wiki-furniture', '"TikTok refugee" redirects here. For the broader dispute over the app, see Restrictions on TikTok.'],
    ['breadcrumb', 'Home » Blog » Social Media » I Moved My Small Business to RedNote for a Week'],
    ['breadcrumb', 'Home | News | Sports | Business'],
    ['breadcrumb', 'News > Technology > Social Media'],
    ['photo-credit', 'Photo: Jane Roe/Getty Images'],
    ['photo-credit', 'Photograph by Sam Okafor'],
    ['subscription-prompt', 'Sign up for Courier Tech'],
    ['subscription-prompt', 'The biggest stories in technology, delivered straight to your inbox.'],
    ['subscription-prompt', 'By signing up, you agree to our Terms of Use and Privacy Policy.'],
    ['subscription-prompt', 'Thanks for reading The Long Scroll! Subscribe for free to receive new posts and support my work.'],
    ['subscription-prompt', 'Try for $5/month'],
    ['paywall', 'To view the full story, please subscribe to The Example Times.'],
    ['promo-link', 'RELATED: TikTok goes dark for Seattle creators'],
    ['promo-link', 'Read also: How ByteDance’s Lemon8 became TikTok’s backup plan'],
    ['comment-prompt', 'What are your thoughts?'],
    ['comment-prompt', '2 thoughts on "I Moved My Small Business to RedNote"'],
    ['share-link', 'Click to share on Facebook (Opens in new window)'],
    ['powered-by', 'Proudly powered by WordPress | Theme: Astra'],
    ['weather-widget', '31°F Cloudy'],
    ['app-promo', 'For the latest stories download the Example News apps for iOS and Android.'],
    ['disclosure', 'Advertising disclosure: We may receive compensation for some links.'],
    ['advertisement', 'Advertisement:'],
    ['report-typo', 'Report a typo'],
    ['site-chrome', 'Tweet Email Print'],
    ['wiki-tools', 'View history'],
    ['wiki-tools', 'Toggle the table of contents'],
    ['wiki-tools', 'move to sidebar hide'],
    ['release-label', 'FOR IMMEDIATE RELEASE'],
    ['release-label', 'Media Contact: Rachel Dunmore, Office of University Communications'],
    ['update-note', 'Adds analyst comment in paragraph 9'],
    ['update-note', '(Updates with details throughout)'],
    ['update-note', 'Corrects spelling of name in paragraph 3'],
    ['correction-note', 'This article has been updated to correct the spelling of Derek Halloran’s name.'],
    ['correction-note', 'Correction: An earlier version of this story misstated the number of downloads.'],
    ['newsletter', 'The Tech Ledger newsletter brings you the latest news and trends in technology every weekday. Sign up here.'],
    ['disclaimer', 'Disclaimer: this article was auto-generated from content published by The Coastal Ledger. We do not guarantee its accuracy.'],
    ['disclaimer', 'This transcript was automatically generated and may contain errors.'],
    ['categories', 'Keywords: rednote app, tiktok ban, lemon8 app, xiaohongshu download'],
    ['categories', 'Labels: privacy, RedNote, tech'],
    ['print-note', 'This article appeared in print on page A1 of the Monday, Jan. 20 edition of the Valley Courier.'],
    ['print-note', 'Reader comments (12) are not shown in the print version of this page.'],
    ['print-note', 'THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.'],
    ['print-note', 'To order a copy of this transcript, call 800-555-0100.'],
    ['stage-direction', '[COMMERCIAL BREAK]'],
    ['stage-direction', '(BEGIN VIDEO CLIP)'],
    ['figure-caption', 'Figure 2: Weekly active US accounts, January 2025'],
    ['back-link', '< Return to Transcripts main page'],
    ['back-link', '← Back to all posts'],
    ['photo-credit', 'JANE ROE / THE VALLEY COURIER'],
    ['copyright', 'This material may not be published, broadcast, rewritten or redistributed.'],
    ['copyright', '(c) 2025 Example Broadcasting Network. All Rights Reserved.'],
    ['breadcrumb', 'Terms of Service | Privacy Policy | Subscriber Agreement | Do Not Sell My Personal Information'],
    ['meta-line', 'Issue #112 · January 18, 2025'],
    ['email-frame', 'View in browser: https://letters.example/issues/112'],
    ['email-frame', 'Enjoying the letter? Forward this email to a friend.'],
    ['citation-entry', 'Suggested citation: Roe, J. and Doe, A. (2025) The RedNote Weekend. Research Note No. 3.'],
    ['disclaimer', 'The views expressed are those of the authors.'],
    ['credit-line', 'Acknowledgements: We thank the panel participants for their time.'],
    ['credit-line', 'Source: Example analysis of 5,600 public posts.'],
    ['site-banner', "An official website of the United States Government Here's how you know"],
    ['site-banner', 'Secure .gov websites use HTTPS'],
    ['site-banner', 'You have 14 unread articles.'],
    ['url-label', 'Original URL: https://www.example.org/2025/01/22/rednote-homework/'],
    ['photo-credit', 'A student uses RedNote to ask for help with a chemistry problem. (Photo illustration by Lena Marsh / Chalkline)'],
    ['promo-link', 'Up next: Lemon8 wants to be more than a TikTok backup'],
    ['site-chrome', 'example.org · View Original'],
    ['profile-handle', '@wendell_cats'],
    ['avatar', 'Wendell Ashby Profile picture'],
    ['ticker', 'BABA Alibaba Group Holding Ltd. 85.38 +2.24 (+2.69%) Full quote »'],
    ['disclaimer', 'This article is for informational purposes only and does not constitute investment advice.'],
    ['correction-note', 'Edited Jan 20, 2025 — corrected the length comparison of the two privacy policies.'],
    ['share-bar', 'Share this page!'],
    ['meta-line', 'Jan 20th 2025, 12 tweets, 4 min read Read on X'],
    ['email-frame', 'Having trouble reading this email? View it in your browser.'],
    ['photo-credit', 'Some Australians have followed American creators to the Chinese app RedNote. (Austral News: Callum Petrakis)'],
    ['comment-prompt', 'Tell us about your weirdest interaction in the comments below!'],
    ['comment-prompt', 'What’s your reaction?'],
    ['correction-note', 'This story was originally published on January 17 and has been updated'],
    ['sign-off', '— Harold Pemberton-Achebe, Library Director'],
    ['meta-line', 'Issue No. 47 | Posted 01/27/2025'],
  ])('GIVEN furniture THEN the %s rule claims "%s"', (rule, line) => {
    expect(junkRule(line)).toBe(rule);
  });

  it.each([
    'The app asked for access to my contacts, photos and microphone on first launch.',
    'Chinese users left hundreds of comments asking about the dye process.',
    'Cookies and browsing data stay on the phone, the policy says, unless the user opts in.',
    'Users who joined the platform described themselves as "TikTok refugees".',
    'Home prices in Shanghai rose 3 percent last year, the bureau said.',
    'Photos of pets, posted as a "cat tax", became a gesture of goodwill.',
    'Subscribers to the newsletter doubled after the migration, its editor said.',
    'Retrieved data showed 3.4 million downloads, according to AppPulse.',
    'Share prices of RedNote-related companies rose by as much as 20% this week.',
    'Adds to the pressure on ByteDance, which has until Sunday to sell the app.',
    'Updates to the app added a translation button for English posts on January 20.',
    'The newsletter’s editor said sign-ups tripled in a week, and readers asked how to sign up.',
    'The company said the translations were machine-generated and might contain errors.',
    'She is head of policy at Brightline Media and a former regulator.',
    'Head of Growth',
    'Editor’s picks at the Chinese app',
    '12:30 is when the app went dark, she said.',
    'Spotify and Apple Podcasts both saw listeners search for Mandarin lessons, the company said.',
    'The source said the app had hired 14 moderators.',
    'Live streams on RedNote drew millions of viewers in the first week.',
    'Was the migration a protest or a fad? Researchers disagree.',
    'History',
    'Reception',
    'Content moderation',
    'Back to TikTok, then, for most of them.',
    'The story appeared in print in dozens of papers, and readers wrote in by the hundreds.',
    'Table stakes for any new app are translation and a familiar feed.',
    'The views expressed on RedNote were overwhelmingly welcoming, researchers found.',
    'Reporters | Editors | Photographers were all on the story that weekend, she said.',
    'Edited videos of the cat tax went viral — and nobody could say why.',
    'Up to 700,000 users joined in two days, the company said.',
    'January 17, 2025, 10 people lined up outside the app store in protest.',
    'Many users said they read the comments below each post to learn slang.',
    '— and then, on Sunday, the app came back.',
  ])('GIVEN article prose or a section heading THEN no rule claims "%s"', (line) => {
    expect(junkRule(line)).toBeNull();
  });
});

describe('isBylineLine', () => {
  it.each([
    'By technology reporter Fenella Rourke',
    'By Mara Ellison, Technology Reporter',
    'Author: Jordan Reyes',
    'Posted on January 19, 2025 by dana_writes',
    'Theo Park · Jan 20, 2025',
    'Written by Priya N.',
    'By Guo Yi | China Daily | Updated: 2025-01-21 06:17',
    'By Liu Wen in Shanghai | chinadaily.com.cn | Updated: 2025-01-16 09:12',
    'Hosted by Priya Raman',
    'Words: Jordan Ellis',
    'Posted by Kendra at 8:14 PM',
  ])(
    'GIVEN "%s" THEN it is a byline',
    (line) => {
      expect(isBylineLine(line)).toBe(true);
    },
  );

  it.each(['By Monday, 700,000 users had joined the app.', 'By January 13, the app had surged to number one.', 'By contrast, Lemon8 grew slowly.', 'New York · Seattle', 'Words matter more than ever.', 'Hosted by the city, the fair drew 3,000 people.'])('GIVEN "%s" THEN it is not a byline', (line) => {
    expect(isBylineLine(line)).toBe(false);
  });
});

describe('isTailMarker and isListMarker', () => {
  it.each(['Credits', 'Others also viewed', 'More articles by Dana Whitaker', 'More episodes', 'Most read', 'Related posts', 'Trending Now', 'Listed here the latest Trending News', 'Recommended from Medium', 'More from Priya N.', 'Discussion about this post', 'References', 'See also', 'Share this:', 'Comments', 'About the authors', 'Acknowledgements'])(
    'GIVEN "%s" THEN the article ends there',
    (line) => {
      expect(isTailMarker(line)).toBe(true);
    },
  );

  it.each(['A migration in real time', 'Questions in Washington', 'Reactions', 'The comments section filled with welcome messages from Chinese users.'])('GIVEN "%s" THEN it does not end the article', (line) => {
    expect(isTailMarker(line)).toBe(false);
  });

  it.each(['Contents', 'Related:', 'Read also'])('GIVEN "%s" THEN the short lines under it are a list of links', (line) => {
    expect(isListMarker(line)).toBe(true);
  });
});

describe('junkRule (more shapes)', () => {
  it.each([
    ['time-stamp', '6:42 PM EST'],
    ['comment-reply', 'Like (12) · Reply · Share'],
    ['follow-prompt', 'Follow @maraellison on X'],
    ['advertisement', 'Advertisement - Scroll to continue'],
    ['reading-time', 'Reading time: 4 minutes'],
    ['pagination', 'Image 1 of 5'],
    ['time-stamp', '[00:01:15]'],
    ['time-stamp', '00:21'],
    ['chapter-marker', '03:12 Why creators left'],
    ['edition-switch', 'Global Edition'],
    ['job-title', 'Head of Community at Brightline Media | Creator economy, trust & safety'],
    ['job-title', 'Senior Editor at The Coastal Ledger'],
    ['site-chrome', '+ Follow'],
    ['meta-line', 'Jan 26, 2025 — 4 min read'],
    ['credit-line', 'Editor: Chen Jie'],
    ['credit-line', '[Web editor: Li Na]'],
    ['photo-credit', 'A user browses RedNote on a phone in Beijing, Jan. 15, 2025. (Xinhua/Zhang Wei)'],
    ['podcast-promo', 'Follow the show on Apple Podcasts, Spotify or your favourite podcast app.'],
    ['podcast-promo', 'Available wherever you get your podcasts'],
    ['podcast-promo', 'Please rate and review the show, it helps other listeners find us.'],
    ['sponsor-note', 'This episode is brought to you by Acme VPN.'],
    ['live-controls', 'Pinned post'],
    ['live-controls', '3 new updates'],
    ['live-controls', 'LIVE'],
    ['widget-notice', 'Please enable JavaScript to view the comments.'],
    ['widget-notice', 'To view or add a comment, sign in'],
    ['widget-notice', 'Member-only story'],
    ['feedback-prompt', 'Was this answer helpful?'],
  ])('GIVEN furniture THEN the %s rule claims "%s"', (rule, line) => {
    expect(junkRule(line)).toBe(rule);
  });
});
