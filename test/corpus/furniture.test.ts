import { describe, expect, it } from 'vitest';
import { countWords, isBylineLine, isListMarker, isPersonName, isTailMarker, junkRule, nameOnly } from '../../src/corpus/furniture.js';

describe('junkRule (page furniture by shape)', () => {
  it.each([
    ['skip-link', 'Skip to main content'],
    ['disclaimer', 'This transcript was generated automatically and lightly edited. It may contain errors.'],
    ['credit-line', 'Signal Boost is produced by Aaron Pike and edited by Sofia Marchetti. Our theme music is by Low Tide Choir.'],
    ['subscription-prompt', 'Support Signal Boost: become a Fernway member for ad-free listening.'],
    ['meta-line', 'Updated Jan. 18, 2025 9:05 a.m. ET 5 min read'],
    ['email-frame', 'View this email in your browser'],
    ['email-header', 'From: Dana Cole'],
    ['email-header', 'To: All staff'],
    ['email-header', 'De : M. LEFORT A. (Personnel - Proviseur)'],
    ['email-header', 'Destinataires : Parents - Tous les niveaux ; Élèves - Tous les niveaux'],
    ['email-header', 'Von: Jonas Weber'],
    ['email-frame', 'You are receiving this email because you subscribed to The Morning Brief.'],
    ['email-frame', 'You’re receiving this email because you signed up at tworiverstea.com or made a purchase.'],
    ['email-frame', 'You are receiving this because you signed up at feedline.email.'],
    ['donation-appeal', 'Make a one-time donation today for as little as $1.'],
    ['donation-appeal', 'Give a monthly gift of $5 to keep our reporting free.'],
    ['donation-appeal', 'Support our journalism with a donation.'],
    ['email-frame', 'Our mailing address is: Morning Brief Media, 1200 Harbor Street, Portland, OR 97201'],
    ['email-frame', 'Update your preferences or unsubscribe from this list.'],
    ['skip-link', 'Jump to navigation Jump to search'],
    ['skip-link', 'Skip to first unread message'],
    ['skip-link', 'Ir para o conteúdo principal'],
    ['skip-link', 'Zum Inhalt springen'],
    ['skip-link', 'Aller au contenu'],
    ['skip-link', '본문 바로가기'],
    ['skip-link', 'Hopp til hovedinnhold'],
    ['skip-link', 'Passer au contenu principal'],
    ['skip-link', 'Laktaw sa sulod'],
    ['skip-link', 'U gudub nuxurka'],
    ['render-placeholder', '{{ article.section.name }}'],
    ['render-placeholder', 'By undefined'],
    ['render-placeholder', 'NaN min read'],
    ['render-placeholder', '[image: undefined]'],
    ['render-placeholder', 'Invalid Date'],
    ['reading-time', 'Temps de lecture : 4 minutes'],
    ['reading-time', 'Lesezeit: 3 Min.'],
    // (The word for minutes in other languages, from the runtime's ICU data.)
    ['reading-time', '4 min čitanja'],
    ['reading-time', '읽는 시간 4분'],
    ['reading-time', '阅读时间：4分钟'],
    ['reading-time', 'Olvasási idő: 3 perc'],
    ['reading-time', 'Время чтения: 4 минуты'],
    ['skip-link', 'Siirry sisältöön'],
    ['skip-link', 'Langsung ke konten utama'],
    ['cookie-banner', 'Vi bruker informasjonskapsler for å forbedre nettstedet og for å lage besøksstatistikk. Du kan selv velge hvilke du godtar.'],
    ['cookie-banner', 'Nous utilisons des cookies pour améliorer votre expérience. En poursuivant votre navigation, vous acceptez leur utilisation.'],
    ['cookie-banner', 'Wir verwenden Cookies, um unser Angebot für Sie zu verbessern und'],
    ['cookie-banner', 'Cookie Control'],
    ['cookie-banner', 'Necessary Cookies'],
    ['cookie-banner', 'Analytical Cookies'],
    ['cookie-banner', 'Some of these cookies are essential, while others help us to improve your experience by providing insights into how the site is being used.'],
    ['photo-credit', 'Bilde: Skjermbilde / Nordvik kommune'],
    ['land-acknowledgement', 'The Wattle acknowledges the traditional owners of the land on which we write, report and publish, the Gadigal people of the Eora Nation. Sovereignty was never ceded.'],
    ['land-acknowledgement', 'We acknowledge that we work on the unceded territory of the xʷməθkʷəy̓əm, Sḵwx̱wú7mesh and səlilwətaɬ Nations.'],
    ['photo-credit', 'Art: Sophie Tran'],
    ['share-bar', 'Teilen'],
    ['share-bar', 'Partager sur Facebook'],
    ['site-chrome', 'Merken'],
    ['site-chrome', 'Audio herunterladen'],
    ['photo-credit', 'Sister Monica Therese Ruiz records a Gospel reflection in San Antonio, Texas (Courtesy of Sr. Monica Therese Ruiz)'],
    ['photo-credit', 'Graphic by: Lee Park / The Wattle'],
    ['photo-credit', 'Foto: Área de Comunicación / Brais Lema'],
    ['skip-link', 'メインコンテンツにスキップ'],
    ['photo-credit', 'Фото: Приватна архива'],
    ['skip-link', '本文に移動'],
    ['skip-link', '跳到主要内容'],
    ['search-box', 'Search conversations within mwclt-network'],
    ['search-box', 'Search stories, bylines, newsrooms…'],
    ['search-box', 'Search for apps...'],
    ['composer-placeholder', 'Write an update...'],
    ['furniture-run', 'Join the conversation. Comments are moderated and must follow our house rules.'],
    ['composer-placeholder', 'Write a message...'],
    ['composer-placeholder', 'Type a reply…'],
    ['composer-placeholder', 'Post something to this group...'],
    ['composer-placeholder', "What's on your mind?"],
    ['composer-placeholder', 'Only staff can post to this group. You can reply to posts.'],
    ['chat-system', 'Jonah Kessler has joined the group.'],
    ['chat-system', "Sofia Marchetti changed the group's avatar."],
    ['chat-system', 'Ana Ruiz changed the group name to Floor 3 Intl 🌏'],
    ['letter-signature', 'Dolores Achterberg, Modesto'],
    ['image-placeholder', '見出し画像'],
    ['image-placeholder', '图片'],
    ['footer-links', 'Privacy • Terms'],
    ['footer-links', 'Terms · Privacy'],
    ['advertisement', '반응형'],
    ['advertisement', 'PUBLICIDADE'],
    ['advertisement', 'Reklama'],
    ['advertisement', 'Annonse'],
    ['author-note', 'Editor’s note: The writer is a lecturer in digital media at Makerere University and a former content creator.'],
    ['cookie-banner', 'We use cookies to improve your experience. By continuing to browse, you agree to our use of cookies.'],
    ['cookie-banner', 'Accept All Cookies'],
    ['cookie-banner', 'We and our 842 partners store and/or access information on a device, such as cookies, and process personal data.'],
    ['site-chrome', 'Manage Preferences'],
    ['comment-form', 'Save my name, email, and website in this browser for the next time I comment.'],
    ['comment-form', 'Leave a Reply Cancel reply'],
    ['comment-form', '200 characters left'],
    ['disclosure', 'No potential conflict of interest was reported by the author(s).'],
    ['disclosure', 'The authors declare no competing interests.'],
    ['signature-count', '18,406 have signed. Let’s get to 25,000!'],
    ['signature-count', '2,140 signatures'],
    ['out-cue', 'In San Jose, Dana Whitfield, KSTQ 9 News.'],
    ['out-cue', 'Dana Whitfield, KSTQ 9 News, San Jose.'],
    ['broadcast-tease', 'Coming up after the break, a frost advisory for parts of the South Bay tonight.'],
    ['broadcast-tease', 'Dana, thanks. We have a link to the privacy policy on our site. Coming up after the break, the forecast.'],
    ['comment-form', 'Include your email address to get a message when this question is answered.'],
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
    ['story-file-field', 'SEO HED: Why TikTok users chose RedNote over Lemon8'],
    ['story-file-field', 'DEK: ByteDance’s backup app had every advantage. Users went to a Shanghai app they’d never heard of instead.'],
    ['story-file-field', 'SOCIAL (X/Bluesky/Threads): Lemon8 had every advantage. TikTok users picked RedNote anyway.'],
    ['story-file-field', 'Newsletter blurb: ByteDance built a backup app for exactly this moment.'],
    ['story-file-field', 'SLUG: lemon8-rednote-refugees'],
    ['site-chrome', 'Shared with Public group'],
    ['site-chrome', 'Pioneer Valley Courier logo'],
    ['cookie-banner', 'We value your privacy'],
    ['cookie-banner', 'We and our 211 partners store and access personal data, like browsing data or unique identifiers, on your device.'],
    ['site-chrome', 'View Deal'],
    ['photo-credit', "Sur l'application Xiaohongshu, le 15 janvier 2025, à Pékin. LIU MEI / AFP"],
    ['photo-credit', 'Screenshot via Fang Jiaxin'],
    ['photo-credit', 'Hannah Brightwater records a RedNote video with her cats, Mochi and Fig, at her home in Tacoma. Photo by Elise Tran for Northline'],
    ['photo-credit', 'Brother Leon Batiste (1941–2025) with his bass drum at Jazz Fest, 2014. Photo courtesy of the Batiste family.'],
    ['photo-credit', '（图为小红书App“TikTok refugee”话题页截图。图片来源：华讯科技）'],
    ['photo-credit', '台灣數位安全協會實測發現，小紅書App首次啟動即要求11項權限。（記者林怡君翻攝）'],
    ['photo-credit', '샤오훙수 앱 화면. [사진=샤오훙수 캡처]'],
    ['byline', '〔記者林怡君／台北報導〕'],
    ['paywall', 'Article réservé aux abonnés'],
    ['site-chrome', '[ Join on Patreon ]'],
    ['editor-note', '(jli)'],
    ['url-label', 'https://local.nixle.com/alert/11348207/'],
    ['byline', 'Post by whiskerwatcher » Sat Jan 18, 2025 10:14 pm'],
    ['byline', 'whiskerwatcher wrote: ↑Sat Jan 18, 2025 10:14 pm'],
    ['time-stamp', 'Updated 8:02 a.m. ET'],
    ['paywall', 'You’ve read 1 article in the last month'],
    ['paywall', 'You are reading your free commentary for this month. Subscribe now for unlimited access to Agora’s commentaries.'],
    ['rating', 'Rated 4.9 out of 5 stars (1,087 total ratings)'],
    ['advertisement', 'Advertisements'],
    ['media-cue', "Click to play video: 'What is RedNote? The Chinese app TikTok users are flocking to'"],
    ['promo-link', 'Also on Dramaleaf: ‘Love Game in Eastern Fantasy’ ending explained — and what the final scene means for season two'],
    ['site-chrome', 'Story continues'],
    ['site-chrome', 'Brief Summary'],
    ['disclaimer', 'AI-generated content may be incomplete. Generated by AI'],
    ['comment-prompt', 'Eagle News has not reviewed these comments. Please keep the conversation civil.'],
    ['site-chrome', 'Like Dislike Save Share'],
    ['relative-time', '5d'],
    ['site-chrome', '(BUTTON) Thank 12 Reply 4 (BUTTON) Share'],
    ['site-chrome', '#Corner Post Glen Ellyn RSS'],
    ['categories', 'in: Memes, 2025 memes, RedNote, and 2 more'],
    ['photo-credit', 'A RedNote post from a Chengdu user explaining hot pot bases to "TikTok refugees." Screenshot: Lotus Lane Mandarin'],
    ['site-chrome', 'Edit Article Add New Article'],
    ['search-box', 'Search the Federal Register'],
    ['media-cue', 'Video above: Platte Bluff students translate comments from Chinese users during Mandarin class.'],
    ['media-cue', '[ID: a tortoiseshell cat glaring at the camera from inside a laundry basket. End ID]'],
    ['media-cue', 'Produced by VoiceLoom using A.I. narration. Listen to more stories on the Metropolitan app.'],
    ['date-line', 'Updated: Jan 22, 2025 / 06:31 PM CST'],
    ['sponsor-note', 'Sponsored · Harborline Auto Insurance'],
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
    ['disclaimer', 'Opinions expressed by Apex Business Contributors are their own.'],
    ['disclaimer', 'I understand and agree that registration on or use of this site constitutes agreement to its user agreement.'],
    ['credit-line', 'Courtesy Crescent Features Syndicate'],
    ['comment-prompt', 'One Community. Many Voices. Create a free account to share your thoughts.'],
    ['subscription-prompt', 'Local reporting like this is made possible by listeners like you.'],
    ['subscription-prompt', 'KXPB is a nonprofit. Become a sustaining member today for as little as $5 a month.'],
    ['subscription-prompt', '🔒 Want the full Creator Readiness Checklist?'],
    ['subscription-prompt', 'Get the full 24-page report'],
    ['subscription-prompt', 'Get our 10-point checklist, a reply template and the security worksheet our team uses.'],
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
    ['photo-credit', 'TRAVIS DUNLAP/The Carolina Ledger'],
    ['photo-credit', 'Maya Ochoa/Willamette Wire'],
    ['page-break', '[[Page E42]]'],
    ['search-box', 'Search in r/AppDemographics'],
    ['valediction', 'See you there,'],
    ['valediction', 'From our kitchen to yours,'],
    ['valediction', 'Warm regards,'],
    ['valediction', 'See you down the road,'],
    ['contact-phone', '(626) 555-0188'],
    ['picture-caption', '▲本社印製之司機英語口袋卡樣張'],
    ['contact-phone', '📞 +852 2859 3380'],
    ['call-to-action', 'Text BLUESTEM to 41411 to get detour and delay alerts.'],
    ['valediction', 'Happy trails,'],
    ['site-chrome', 'VISIT WEBSITE'],
    ['follow-prompt', 'Get more stories from Valley Local Wire in your feed'],
    ['disclaimer', 'This content is from a LocalPulse Contributor Network partner. Opinions and reporting are the partner\'s own.'],
    ['search-box', 'No recent searches'],
    ['search-box', 'Search this site…'],
    ['search-box', 'Only available when logged in.'],
    ['site-chrome', 'Go to AppDemographics'],
    ['page-break', '[Page 3]'],
    ['page-break', '--- Page 12 ---'],
    ['page-break', 'Start Printed Page 8124'],
    ['page-break', 'Start Preamble'],
    ['page-jump', '[Continued from Page A1]'],
    ['editor-note', '[Transcriber’s note: sidebar “How to set up RedNote safely” on A3 not transcribed; see media file 2.]'],
    ['image-caption', '[PHOTO] Lionel “Boo” Guidry, 72, lifts a basket of boiled crawfish at his family’s bait shop in Breaux Bridge.'],
    ['photo-credit', 'Jane Doe / Getty Images'],
    ['advertisement', '- Advertisement -'],
    ['comment-prompt', 'You must log in or register to reply here.'],
    ['comment-prompt', 'Sign in to comment'],
    ['donation-appeal', 'Radiothon 2025: We’re 68% of the way to our $40,000 goal — donate now and go in the draw for a Riverbend hoodie!'],
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
    ['url-label', 'Read online: https://www.example.org/2025/01/19/fourteen-hours'],
    ['print-note', 'This transcript was produced from a recording and may contain errors.'],
    ['date-line', 'Edited Jan 21, 2025'],
    ['site-chrome', 'Select a School...'],
    ['site-navigation', 'Home About Recipes Travel Contact'],
    ['site-navigation', 'News Sport Weather'],
    ['widget-notice', 'This content is not available in your region'],
    ['widget-notice', 'This article is more than 1 year old'],
    ['feedback-prompt', 'We want to hear from you'],
    ['credit-line', 'Reviewed by Dr. Keisha Brandon, PhD'],
    ['credit-line', 'Fact-checked by Mina Park'],
    ['credit-line', 'Guests: Jasmine Liu (UQ commerce student, RedNote user)'],
    ['share-link', 'Pin it for later!'],
    ['image-caption', 'May be an image of 1 person, crocheting and text that says "RIBBIT"'],
    ['promo-code', 'Use code WANDERDUMPLING for 10% off your first eSIM.'],
    ['promo-code', 'New clients: get $25 off your first exam! Mention code NEWPAW when you call.'],
    ['contact-phone', 'Call Us: (616) 555-0184'],
    ['contact-phone', 'Tel: +44 20 7946 0000'],
    ['bracket-label', '【点击收听】02:47'],
    ['disclosure', 'The authors have declared no competing interest.'],
    ['poll-option', 'Yes, with rules 22%'],
    ['poll-option', 'Looking for a TikTok replacement 31%'],
    ['poll-option', 'Yes, but I deleted it (11%)'],
    ['translation-note', '※This article is an English translation of the Japanese version. If there is any difference, the Japanese version prevails.'],
    ['disclosure', 'This summary was generated with AI and reviewed by a journalist.'],
    ['affiliation-line', 'A publication of the North American Independent Hardware Dealers Association'],
    ['affiliation-line', 'Member of National Garden Clubs, Inc.'],
    ['call-to-action', 'Got a tip about your school? Just hit reply. I read everything.'],
    ['call-to-action', 'Thinking of buying? Find out how much you can borrow'],
    ['call-to-action', 'Interested in more discussions like this? Go to the Young Adults with Chronic Conditions Support Group.'],
    ['call-to-action', 'Have a story idea for the Ridge Runner? Drop a note in the Newsletter Committee box by the mailroom.'],
    ['shortcode', '[related_posts_inline ids=”88102,88097″]'],
    ['shortcode', '[/caption]'],
    ['shortcode', "import Figure from '../../components/Figure.astro';"],
    ['shortcode', "export const readingTime = '6 min read';"],
    ['shortcode', '{/* TODO: swap for the hi-res screenshot once Tomo sends it */}'],
    ['shortcode', '<PullQuote cite="Inês Barros">'],
    ['site-chrome', 'See less'],
    ['site-chrome', 'Learn more'],
    ['site-chrome', 'Select a School'],
    ['site-chrome', 'Choose a language…'],
    ['editor-note', '[Updated January 24, 2025: Added information about Trump’s executive order]'],
    ['editor-note', 'This interview has been condensed and edited for clarity.'],
    ['job-title', 'Staff writer'],
    ['job-title', 'Senior Technology Correspondent'],
    ['job-title', 'Vice President and Chief Information Security Officer'],
    ['job-title', 'Executive Director'],
    ['job-title', 'CPA Director of Practice Advancement'],
    ['categories', 'Biglaw, Law Schools, Social Media, Supreme Court, TikTok'],
    ['job-title', 'Director of Research and Policy'],
    ['site-chrome', 'Translate'],
    ['mail-client', '1 email tracker blocked'],
    ['mail-client', 'Remote content has been blocked to protect your privacy.'],
    ['mail-client', 'Mark as unread'],
    ['mail-client', 'Mark all as read'],
    ['mail-client', 'Mark unread'],
    ['mail-client', 'Move to trash'],
    ['mail-client', "Some content in this message has been blocked because the sender isn't in your Safe senders list."],
    ['mail-client', 'I trust content from Chesapeake Stem Co.'],
    ['mail-client', 'Show blocked content'],
    ['email-frame', 'If there are problems with how this message is displayed, click here to view it in a web browser.'],
    ['site-chrome', 'See translation'],
    ['site-chrome', 'Insightful'],
    ['time-stamp', 'Duration 4′ 12″'],
    ['url-label', 'Web version: https://news.example/email/212'],
    ['photo-credit', 'A student uses RedNote to ask for help with a chemistry problem. (Photo illustration by Lena Marsh / Chalkline)'],
    ['promo-link', 'Up next: Lemon8 wants to be more than a TikTok backup'],
    ['site-chrome', 'example.org · View Original'],
    ['profile-handle', '@wendell_cats'],
    ['profile-field', 'userid 88120'],
    ['user-agent', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36'],
    ['feedback-prompt', '14 people found it helpful'],
    ['feedback-prompt', 'Was this helpful?'],
    ['login-prompt', 'You need to login to do this. Get Known if you don\'t have an account'],
    ['subscription-prompt', 'Join for free'],
    ['print-footer', 'https://www.almarsa.example/english/business/2025/01/19/gulf-brands-eye-rednote 2/3'],
    ['pagination', 'Document 1 of 1'],
    ['profile-field', 'Posts: 1,204'],
    ['forum-status', 'This topic has 11 replies, 10 voices, and was last updated 2 weeks, 1 day ago by honeydewhoneymoon.'],
    ['forum-status', 'Viewing 12 posts - 1 through 12 (of 12 total)'],
    ['date-line', 'Jan 24, 3:42 PM'],
    ['date-line', 'Thu, 16 Jan at 9:05 am'],
    ['forum-status', 'This topic was modified 3 weeks, 2 days ago by marigoldmaven. Reason: typo in hair search term'],
    ['profile-field', 'Member #4512'],
    ['profile-field', 'Joined: Mar 2019'],
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
    ['meta-line', 'Reactions: 👍 402 😢 88 🤡 31'],
    ['meta-line', '来源：标盾知识产权   作者：周雨桐   发布时间：2025-01-24 15:32   浏览量：2867'],
    ['meta-line', '2025-01-21 14:35:12   来源：本報   作者：Wendy Lau   评论：2 点击：'],
    ['shop-offer', '$8.48 at Amazon'],
    ['shop-offer', 'Pay in 4 interest-free installments with Shop Pay'],
    ['click-here', 'Click here for our December 2024 interview with a Sanguosha licensing executive on North American plans.'],
    ['meta-line', '[2209] 2025-01-17 15:21:40 UTC | views: 19,877 | forwards: 288'],
    ['meta-line', '214,907 views Jan 21, 2025 #RedNote #TikTokBan #Xiaohongshu'],
    ['meta-line', '| Updated Jan. 21, 2025, 10:05 a.m. ET Reading time: 4 minutes'],
    ['hashtags', '#RedNote #TikTok #China #longread'],
    ['promo-link', 'READ: Privacy body issues guidelines on ID checks for social media apps'],
    ['promo-link', 'RELATED NEWS:  Nigerian creators count losses as TikTok goes dark in US for 14 hours'],
    ['image-caption', "A screenshot of Niloufar Rahimi's RedNote post, shared with permission."],
    ['photo-credit', 'COURTESY BERNADETTE RUIZ'],
    ['image-caption', 'Representative image of the RedNote app. (File photo)'],
    ['reading-time', '8–10 minutes'],
    ['reading-time', '· 15 January 2025 Listen to this article · 4 min'],
    ['pagination', 'Part 3/3'],
    ['donation-appeal', 'Donate to The Varsity Lamp'],
    ['site-chrome', 'Add to playlist'],
    ['page-jump', 'Please see TIKTOK, Page A6'],
    ['page-jump', 'From Page A1'],
    ['forward-note', 'Forwarded from Cyber Kitchen (@cyberkitchen_news)'],
    ['forward-note', 'Forwarded this? Subscribe here.'],
    ['email-header', 'Received: from SN7PR11MB6993.namprd11.prod.outlook.com (2603:10b6:806:2a8::14)'],
    ['email-header', 'DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=thefeedline.co'],
    ['email-header', 'X-Newsreader: Forte Agent 6.00/32.1186'],
    ['forward-note', 'Forwarded this email? Sign up for the Morning Brief at'],
    ['podcast-promo', 'Listen on the TCB app'],
    ['podcast-promo', 'Listen to KNB WORLD Radio on the KNB WORLD Radio app, on shortwave, or online 24 hours a day.'],
    ['comment-form', 'Join the discussion…'],
    ['comment-form', 'Load earlier comments...'],
    ['form-prompt', '请输入关键词'],
    ['form-prompt', '请输入您的手机号'],
    ['form-prompt', 'キーワードを入力'],
    ['form-prompt', '검색어를 입력하세요'],
    ['subscription-prompt', 'By submitting your email, you agree to our Terms and Privacy Notice.'],
    ['disclosure', 'We may earn commission from links on this page, but we only recommend products we love.'],
    ['disclosure', 'Vellum may earn a commission when you buy through links on our site.'],
    ['disclosure', 'All products featured on Meridian Traveler are independently selected by our editors. However, when you buy something through our retail links, we may earn an affiliate commission.'],
    ['correction-note', 'This article was first published in German. Zum Original auf Deutsch'],
    ['paywall', 'Subscribers only'],
    ['paywall', 'You have 58.42% of this article left to read. The rest is for subscribers only.'],
    ['reading-time', 'Time to read 5 min.'],
    ['newsletter', 'Join 48,000 investors who read us before the market opens.'],
    ['newsletter', 'Subscribe: €1 for the first month, no commitment'],
    ['edition-switch', 'Lire en français'],
    ['edition-switch', 'Read in Spanish'],
    ['political-disclaimer', 'PAID FOR BY MAYA OKAFOR FOR CONGRESS'],
    ['political-disclaimer', 'Contributions or gifts to Maya Okafor for Congress are not tax deductible.'],
    ['translation-note', 'This article is a translation of an original article in French'],
    ['translation-note', 'Translated from: Spanish'],
    ['translation-note', 'Show original'],
    ['translation-note', 'Always translate Spanish'],
    ['translation-note', 'Translation settings'],
    ['citation-tools', 'Cite this article'],
    ['citation-tools', 'Altmetric score 312'],
    ['chat-header', '[1/20/2025 10:05 PM] priya.raman'],
    ['breadcrumb', 'Tech > Social media'],
    ['embed-credit', '— lauren v (@laurenvsworld) January 16, 2025'],
    ['attachment', 'Attachments (2)'],
    ['advertisement', 'Ad Choices'],
    ['meta-line', '3h ago · 6 min read'],
    ['sign-off', '— Story by Rhonda Keller, Gazette staff'],
    ['sign-off', '— Wen-Li Harrington ’14'],
    ['pull-quote-label', 'Pullquote'],
    ['pull-quote-label', 'Pull quote'],
    ['print-note', "📣 Full story and photos in this week's print edition — pick one up at Hollow Foods or the Gazette office."],
    ['attachment', 'Filter_Category_Summary_Q3.xlsx (62 KB)'],
    ['attachment', 'moriah_chinese_section_jan25.jpg (412.7 KiB) Viewed 1318 times'],
    ['image-placeholder', '[translate-accuracy-by-type.png]'],
    ['url-label', "This post lives at https://blog.example/2025/01/rednote-translate/ — if you're reading it somewhere else, hi, and please tell me where."],
    ['url-label', 'This article first appeared on https://example.org/rednote.'],
    ['feed-footer', 'The post When TikTok went dark, sellers scrambled to RedNote appeared first on Lakefront Business Journal.'],
    ['chat-system', 'pinned a message to this channel. See all pinned messages.'],
    ['chat-system', 'joined the server. Welcome, marco_dlt!'],
    ['shortcut-hint', 'To view keyboard shortcuts, press question mark'],
    ['shortcut-hint', 'Press ? to view keyboard shortcuts'],
    ['player-control', 'This is a modal window.'],
    ['player-control', 'Picture-in-Picture'],
    ['player-control', 'Loaded: 0%'],
    ['player-control', 'Video player is loading.'],
    ['player-control', 'Now Playing'],
    ['valediction', 'See you in February (boiler edition, I promise),'],
    ['player-control', 'Fullscreen'],
  ])('GIVEN furniture THEN the %s rule claims "%s"', (rule, line) => {
    expect(junkRule(line)).toBe(rule);
  });

  it.each([
    'Skip to the end of the story and you will find the numbers that matter most to the creators who moved.',
    '2,240 attempted infections',
    '▲首先，我们把前台的入住须知都加上了英文。',
    '▲ 서울 지역 참가자 120명',
    'Text your grandchildren to 1 more app? She said no.',
    'Search posts in the group and you will find the same three questions asked again and again, every day this week.',
    'RED NOTE, YELLOW LIGHT',
    'Privacy and terms of use were the two things she read first, she said.',
    'Terms of the deal',
    'Priya Anand-Kessler, Tomás Ilunga',
    'HED: Lemon8 Was Built for This Moment',
    'Twitter unveils a new logo',
    'Search for survivors continues',
    'She posted the picture on Monday. Photo sharing is what the app was built for, she said.',
    'We value your privacy more than they do, the founder told the crowd.',
    'The video above shows the moment the app went dark.',
    'Art: the new exhibit opened on Saturday with works by six RedNote creators.',
    'The app asked for access to my contacts, photos and microphone on first launch.',
    'Chinese users left hundreds of comments asking about the dye process.',
    'Cookies and browsing data stay on the phone, the policy says, unless the user opts in.',
    'Users who joined the platform described themselves as "TikTok refugees".',
    'Translation apps helped users talk across the language gap.',
    'Members only get access to the archive, she said.',
    'Time to read the fine print, users said.',
    'Join the discussion below',
    'Subscribers of the channel joined the server in the hundreds that week.',
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
    'Founded: 2013',
    'Reactions were mixed: 60% of users liked the app.',
    'The Writer',
    'Duration of the ban',
    '(Updated figures from the app store are below.) The numbers kept rising all week, analysts said.',
    'The interview was edited for clarity, she said, but the quotes were hers.',
    'Choose your battles',
    'Home Cooks Welcome Americans',
    'RedNote News Roundup',
    'Food Travel Tips',
    'Users Search For Answers About RedNote',
    'This app is not available in China, where users download Douyin instead.',
    'The code was simple: use a VPN and post in English, users said.',
    'Guests of the show included two students from Wuhan.',
    'Select a few friends and the app recommends more of their posts, users found.',
    'The station said the coverage was made possible by a grant, not by listeners.',
    'Get the full story from both sides before you judge, the teacher told her students.',
    'Courtesy of the family, the photo shows her cat on the sofa.',
    'The opinions expressed by users on RedNote were mostly warm, she said.',
    'Creators on RedNote may earn a commission on products they recommend, the company said.',
    'Lemon8/RedNote',
    'Comments may be submitted through the Federal eRulemaking Portal at www.regulations.gov, docket number BIS-2025-0007. Comments may also be sent by email to ictsrfi@bis.doc.gov, with the name of the applications and the questions they answer in the subject line of the message.',
    'See you there, she wrote.',
    'Visit the library',
    'Search in vain',
    'Go to China',
    'Terms of Service/Privacy Policy',
    'Beijing, Shanghai, Guangzhou.',
    '1,200 people signed the letter, which went to the company.',
    'Dana, thanks for the recipe, she wrote back.',
    'Coming back to RedNote after the ban, users found new rules.',
    'Also on Monday: the council met to discuss the ban.',
    'Imports from China rose 4% in January.',
    'Export controls tightened in 2024, the ministry said.',
    'Search for the app and you will find it.',
    'Write to me if you disagree...',
    'Hundreds of users joined the group within hours, organisers said.',
    'Many newcomers have joined the chat to ask about cats, she said.',
    'Joined 2019, she said.',
    'Posts 40 times a day.',
    // (a story's sentence about a forum's topic, no status line)
    'This topic has 11 replies from teachers who say the app helped their students.',
    'Share this story. It was reported by Jane Doe.',
    'The value was null and void, the court said.',
    'Mozilla/5.0 (the browser string) still opens every request Chrome sends, the engineer said.',
    'Make a donation to the food bank, the mayor urged residents.',
    'Give a gift to someone special this year, she wrote.',
    'A photo of the bakery went viral on RedNote within hours, and the owners were stunned.',
    'Courtesy of the owners, the shop gave away tea.',
    'Donate to the Red Cross, she urged.',
    // (a list of names with its "and", a sentence's)
    'Apple, Google, Meta and Amazon all lost users',
    // (a headline in title case opening on an office)
    'Secretary of State Visits China',
    // (cookies and acceptance in a story, not a banner's)
    'owner Kevin Lin said his manapua and almond cookie posts have drawn a new kind of comment. I posted our lucky cat statue and people accepted it.',
    // (a share button's word in another language, starting a sentence or a name)
    'Teilen Sie uns mit, was Sie von RedNote halten.',
    'Deli owners in Queens started posting on RedNote',
    // (a share stated in a sentence)
    'About 22% of the new users were teenagers.',
    'Downloads rose 31% in a week.',
    // (a sentence about a member of a body, not a site's affiliation)
    'Member of the committee Jane Ruiz said the union would appeal.',
    'A member of the Feeding America network since 2019, the pantry now serves 900 families.',
    // (a question to the reader answered by the article's own news, not by an offer to get in touch)
    'Want to help? We need Cantonese and Mandarin interpreters, people to set up tables, and donations of food.',
    'Want to learn more? Our next Family Tech Night is Thursday, February 6, at 6:30 p.m. in the library.',
    // (minutes in a sentence, not a reading time)
    'Cuire 5 minutes.',
    'Warte 10 Minuten, dann lade neu.',
    // (a sentence that says where to click, and a Chinese sentence naming a source)
    'If you want the whole story, click here and read what the club sent its members about the app this week.',
    '作者：周雨桐说，商标抢注的问题在1月20日以后更加明显。',
    'The same kit costs $8.48 at Amazon and more in stores.',
    // (a listener's habit, a forwarded message in a story, an instruction in Chinese prose)
    'Listen to the callers on the morning show and you hear the same worry about the app.',
    'She forwarded this to her sister, who had never heard of RedNote.',
    'References: the report cites three surveys of new RedNote users, all from January.',
    'Received from the city: 214 complaints about the app in a week.',
    '请输入关键词以后，系统会自动翻译成中文，这让很多美国用户第一次读懂了评论区。',
  ])('GIVEN article prose or a section heading THEN no rule claims "%s"', (line) => {
    expect(junkRule(line)).toBeNull();
  });
});

describe('isBylineLine', () => {
  it.each([
    'By technology reporter Fenella Rourke',
    'Written and hosted by Priya Raman',
    'By Mara Ellison, Technology Reporter',
    'Author: Jordan Reyes',
    'Posted on January 19, 2025 by dana_writes',
    'Theo Park · Jan 20, 2025',
    'Written by Priya N.',
    'By Guo Yi | China Daily | Updated: 2025-01-21 06:17',
    '作者：Lin Qiao',
    '✍️ Words: Keisha Danvers | 🎨 Design: Omar Ruiz',
    'By Liu Wen in Shanghai | chinadaily.com.cn | Updated: 2025-01-16 09:12',
    'Hosted by Priya Raman',
    'Words: Jordan Ellis',
    'Posted by Kendra at 8:14 PM',
    'Presenter: Mel Tran',
    'Reported by Jane Doe',
    'Jan 20, 2025 | Jane Doe',
    'Posted by jdoe_88 on January 20, 2025',
    'Harriet Pennock, Chief Reporter',
    'Jane Doe | Senior Technology Correspondent',
    '412 points by kwan_oberlin 9 days ago | hide | past | favorite | 268 comments',
    'posted by junie ♡ | tags: internet stuff, china, cats',
    'By The Ayre news desk',
    'By Tribune staff',
    'By Analyst(s): Lena Okafor, Tomás Reyes',
    'By Wen Xiaoyu (@wenxy) and Ruth Abernathy (@ruthless_ships) · Fandom News desk',
    'about 1 month ago by Sofia Lindgren',
  ])(
    'GIVEN "%s" THEN it is a byline',
    (line) => {
      expect(isBylineLine(line)).toBe(true);
    },
  );

  it.each(['By Monday, 700,000 users had joined the app.', 'By January 13, the app had surged to number one.', 'By contrast, Lemon8 grew slowly.', 'New York · Seattle', 'Words matter more than ever.', 'Hosted by the city, the fair drew 3,000 people.', 'Carla Whitfield, Deputy Spokesperson', 'Maureen Ashdown, 71, of Brackley Road', 'Analysis by the firm showed growth in every market it tracked last year.', 'Posted by her mother on Facebook, the clip went viral.', 'posted by someone who left'])('GIVEN "%s" THEN it is not a byline', (line) => {
    expect(isBylineLine(line)).toBe(false);
  });
});

describe('countWords', () => {
  it('GIVEN Chinese, which sets no spaces THEN about one word per two characters, beside the Latin words', () => {
    expect(countWords('本周加入中国生活方式应用小红书的美国用户')).toBe(10);
    expect(countWords('作者：Lin Qiao')).toBe(3);
    expect(countWords('Call us today')).toBe(3);
  });

  it('GIVEN a line with a number as the only digits of a word, or no word at all THEN words are counted as before', () => {
    expect(countWords('— · —')).toBe(0);
    expect(countWords('700,000 users')).toBe(2);
  });
});

describe('isTailMarker and isListMarker', () => {
  it('GIVEN a blog\'s heading over its comments quoting a long headline ("5 Responses to “…”") THEN it ends the article; a sentence going on past such a quote does not', () => {
    expect(isTailMarker('5 Responses to “RedNote and the Great TikTok Migration: What Our Members Are Saying”')).toBe(true);
    expect(isTailMarker('One Response to "RedNote week at the library"')).toBe(true);
    expect(isTailMarker('One response to “Why are you here?” was a flood of cat photos from users in Chengdu.')).toBe(false);
  });

  it.each(['Credits', 'Article Sources', 'Related Terms', 'Others also viewed', 'More articles by Dana Whitaker', 'More episodes', 'Most read', 'Related posts', 'Trending Now', 'Listed here the latest Trending News', 'Recommended from Medium', 'More from Priya N.', 'Dans la même rubrique', '相关阅读', '관련기사', 'Discussion about this post', 'References', 'See also', 'Share this:', 'Comments', 'About the authors', 'About the Creator', 'About the writer', 'Reader insights', 'Acknowledgements', '57 Comments', 'Comments (14)', 'Reader comments', 'Show all comments', 'View all comments (38)', 'Leave a comment below', 'Post a comment', '1 comment', 'Reading Gap Fill', 'Discussion Questions', 'Words in This Story', 'Student Survey', 'Related Documents', 'Related resources', 'Responses', 'Responses (12)', '12 responses', 'Reasons for signing', 'Disclosure statement', 'Declaration of competing interest', 'Competing Interest Statement', 'Data Availability', 'Author Declarations'])(
    'GIVEN "%s" THEN the article ends there',
    (line) => {
      expect(isTailMarker(line)).toBe(true);
    },
  );

  it.each(['Two competing interests', 'Data availability in rural areas', 'A migration in real time', 'Comments: 57', 'Reactions: 402', 'Questions in Washington', 'Reactions', 'The comments section filled with welcome messages from Chinese users.', 'Public Comment Speaker Cards (3)', 'Expert comment', 'Home / Newsroom / Expert comment', 'Experts available for comment', 'Read the comments yourself', 'Learning from the comments', 'Translating Posts and Comments', 'Fewer than 10 responses (not shown)', 'Survey responses by age'])('GIVEN "%s" THEN it does not end the article', (line) => {
    expect(isTailMarker(line)).toBe(false);
  });

  it.each(['评论', '全部评论', '相关推荐', 'コメント', '댓글', 'Kommentare', 'Commentaires', 'Commentaires (4)', 'Kommentarer (38)', 'Коментари (12)', 'Комментарии', 'Најчитаније', 'Самое читаемое'])('GIVEN the comments or the recommendations headed in another language ("%s") THEN the article ends there', (line) => {
    expect(isTailMarker(line)).toBe(true);
  });

  it.each(['LEGGI ANCHE: Prato, la comunità cinese festeggia il Capodanno lunare', 'Leia também: Como o RedNote conquistou os brasileiros', 'Lesen Sie auch: Was RedNote über Sie speichert', '相关新闻：TikTok在美去留未定　大马网红：早就备好“B计划”', 'Читайте также: Блогеры из Алматы', 'Прочитајте још: Chinese tourist arrivals in Serbia up 40 percent in 2024', 'Читайте також: Блогери зі Львова'])('GIVEN "%s" (another language\'s "Read also:" with its linked headline) THEN it is furniture', (line) => {
    expect(junkRule(line)).toBe('promo-link');
  });

  it.each(['I più letti', 'Più visti'])('GIVEN an Italian daily\'s most-read list ("%s") THEN the article ends there', (line) => {
    expect(isTailMarker(line)).toBe(true);
  });

  it.each(['评论 2187', '评论区里全是欢迎的话。'])('GIVEN "%s" (a counter, a sentence) THEN it does not end the article', (line) => {
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
    ['site-chrome', 'Log in Create account'],
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
    ['date-line', 'Jan 16'],
    ['date-line', 'Thursday, 16 January'],
    ['meta-line', '4 Contributors'],
    ['credit-line', 'Transcribed By'],
    ['site-chrome', 'OK, Got it.'],
    ['pagination', 'Column 1214'],
    ['stage-direction', '[LUPE ON CAM 3 / OTS: REDNOTE RUSH]'],
    ['stage-direction', '{***TAKE PKG***}'],
    ['stage-direction', '[PKG IN: NAT SOT "okay, hi China!" RUNS 1:52]'],
    ['print-note', 'Printed: 01/15/2025 16:12:07 PST by MOCAMPO on NEWSRM-WS14'],
    ['site-chrome', 'Title icon'],
    ['promo-link', '*Related:* Ottawa orders TikTok to shut down Canadian offices, but the app stays'],
    ['report-typo', 'Report an editorial error'],
    ['skip-link', 'Skip to contentSkip to site index'],
    ['photo-credit', 'Credit...Joseph Rennick for The Continental Times'],
    ['photo-credit', 'Kayla Brewer posted her first video on RedNote on Monday. It drew a million views.Credit...Joseph Rennick for The Times'],
    ['newsletter', 'after newsletter promotion'],
    ['podcast-promo', 'Scroll down to listen to the conversation.'],
    ['newsletter', 'Welcome to the 1,204 creators who joined since last week.'],
    ['newsletter', 'Join 18,400+ creators and managers getting one practical issue a week.'],
    ['sponsor-note', 'Together with Tallyframe'],
    ['sponsor-note', 'Presented by The Future of Connectivity Coalition'],
    ['forward-note', 'Did someone forward this to you? Sign up for Morning Code.'],
    ['forward-note', 'If someone forwarded you this, subscribe here — it’s free.'],
    ['job-title', 'Dana Whitcombe -- Co-Founder and Chief Executive Officer'],
    ['job-title', 'Carla Whitfield, Deputy Spokesperson'],
    ['disclosure', 'The Stockwright has positions in and recommends Lingtastic.'],
    ['disclosure', 'Dana Whitcombe has no position in any of the stocks mentioned.'],
    ['disclosure', 'This article is a transcript of this conference call produced for The Stockwright.'],
  ])('GIVEN furniture THEN the %s rule claims "%s"', (rule, line) => {
    expect(junkRule(line)).toBe(rule);
  });
});

describe('a social post\'s header: handle, display name, date', () => {
  it('GIVEN "marisolbakes Marisol Ortega-Finch · 2025-1-18" THEN it is a byline', () => {
    expect(isBylineLine('marisolbakes Marisol Ortega-Finch · 2025-1-18')).toBe(true);
  });

  it.each(['Mayday 5', 'the Marisol Ortega-Finch · 2025-1-18', 'May 5 million users joined'])('GIVEN "%s" THEN it is neither a yearless date nor a handle\'s byline', (line) => {
    expect(junkRule(line)).not.toBe('date-line');
    expect(isBylineLine(line)).toBe(false);
  });
});

describe('a chat copied as text: emoji as short codes, a story\'s section beside its reading time', () => {
  it.each([':coffee:  9:14 AM', ':fire:  10:02 PM', 'Platforms | 5 min read', 'Politics · Jan. 15, 2025'])('GIVEN "%s" THEN it is furniture', (line) => {
    expect(junkRule(line)).not.toBeNull();
  });

  it.each(['Jane Doe | 5 min read', 'The meeting ran 10:02:33 and then some, he said.', 'Why RedNote matters | 5 min read'])('GIVEN "%s" THEN it is no section label beside a stamp', (line) => {
    expect(junkRule(line)).not.toBe('meta-line');
  });
});

describe('a jump line naming its story', () => {
  it.each(['RedNote, continued from page 1', 'MIGRATION continued on page 4', 'RedNote (continued from page 1)', 'See BAN on A9', 'BAN from A3'])('GIVEN "%s" THEN it is a page jump', (line) => {
    expect(junkRule(line)).toBe('page-jump');
  });

  it('GIVEN a sentence about a story continued elsewhere THEN it is text', () => {
    expect(junkRule('The debate, the mayor said, continued from page one of the agenda to the last.')).toBeNull();
    expect(junkRule('TikTok from A3')).toBeNull();
  });
});

describe('an ad\'s copy closed by its button', () => {
  it('GIVEN "Uzcard. Pay abroad with one tap. Learn more" THEN it is an advertisement; GIVEN "Want to learn more" or a sentence about learning more THEN it is not', () => {
    expect(junkRule('Uzcard. Pay abroad with one tap. Learn more')).toBe('advertisement');
    expect(junkRule('Want to learn more')).not.toBe('advertisement');
    expect(junkRule('Users who want to learn more can visit the ministry’s site.')).toBeNull();
  });

  it('GIVEN a sponsor\'s blurb of a few sentences closed by its button THEN it is an advertisement; GIVEN a story\'s sentences about learning more or demos THEN they are not', () => {
    expect(junkRule("Arc'teryx Academy Squamish returns June 2025. Clinics, films and community. Learn more")).toBe('advertisement');
    expect(junkRule('Ledgerly Dental Cloud handles scheduling, charting and claims in one login. Book a free demo.')).toBe('advertisement');
    expect(junkRule('Users who want to learn more can visit the site. She said many will.')).toBeNull();
    expect(junkRule('The company offered clinics a demo of its app, and a few of them booked a demo.')).toBeNull();
  });

  it('GIVEN a shop\'s link beside a story ("Shop the video", "→ Shop the board from the video: Bat City Deck 8.25") THEN it is an advertisement; GIVEN a sentence about shopping THEN it is not', () => {
    expect(junkRule('Shop the video')).toBe('advertisement');
    expect(junkRule('→ Shop the board from the video: Bat City Deck 8.25"')).toBe('advertisement');
    expect(junkRule('She wanted to shop the look from the video.')).toBeNull();
    expect(junkRule('Shop the video, the owner told followers, and they did.')).toBeNull();
  });

  it('GIVEN a link on a line of its own with an arrow after it THEN it is a link; GIVEN a sentence with an arrow inside THEN it is not', () => {
    expect(junkRule('RSVP in the Events tab →')).toBe('link-arrow');
    expect(junkRule('See all events ›')).not.toBeNull();
    expect(junkRule('Prices went up. Tell us what you think →')).not.toBe('link-arrow');
    expect(junkRule('The route ran Seattle → Shanghai for most of the users in the survey.')).toBeNull();
    expect(junkRule('Une « taxe sur les chats »')).toBeNull();
  });
});

describe('stamps in other languages, and a byline run together with its stamps', () => {
  it.each(['Aktualisiert: 21.01.2025, 10.12 Uhr 6 min', 'Actualitzat el 23/01/2025 a les 09:41', 'Actualitzat el 23/01/2025 a les 09:41 Temps de lectura: 4 min', 'Rūta Žemaitytė, NRT.lt 2025.01.22 11:40 Updated 2025.01.22 13:05 4 min read'])('GIVEN "%s" THEN it is furniture', (line) => {
    expect(junkRule(line)).not.toBeNull();
  });

  it.each(['He waited 6 min for the app to load.', 'In Vilnius on January 22, 2025 the ministry spoke to reporters.'])('GIVEN "%s" THEN it is text', (line) => {
    expect(junkRule(line)).toBeNull();
  });

  it('GIVEN a name alone before a date ("Jane Doe January 22, 2025") THEN the run-together rule leaves it to the bylines\' own reading', () => {
    expect(junkRule('Jane Doe January 22, 2025')).toBeNull();
  });
});

describe('a like box', () => {
  it.each(['Do you like this post?', 'Be the first of your friends to like this.'])('GIVEN "%s" THEN it is furniture', (line) => {
    expect(junkRule(line)).toBe('like-box');
  });
});

describe('a social thread\'s controls', () => {
  it.each(['Everybody can reply', 'People you follow can reply', 'Replies off'])('GIVEN "%s" THEN it is furniture', (line) => {
    expect(junkRule(line)).toBe('site-chrome');
  });

  it('GIVEN "Everybody can reply to a post, the company said." THEN it is text', () => {
    expect(junkRule('Everybody can reply to a post, the company said.')).toBeNull();
  });
});

describe('a news database\'s download (Nexis, ProQuest)', () => {
  it.each(['Section: BUSINESS; Pg. D1', 'Length: 1012 words', 'Highlight: Local candle makers signed up for the Chinese app during the TikTok scare.', 'Body', 'Load-Date: January 27, 2025'])('GIVEN the record\'s field "%s" THEN it is furniture', (line) => {
    expect(junkRule(line)).toBe('database-field');
  });

  it.each(['Section 7 says data may be shared with relevant authorities.', 'Section: the report describes how users moved.', 'The body of the report ran to 40 pages.', 'Length of the ban: unknown, officials said on Friday.'])('GIVEN "%s" THEN it is no database field', (line) => {
    expect(junkRule(line)).not.toBe('database-field');
  });
});

describe('a comment section\'s rules', () => {
  it('GIVEN "Comments will be moderated. Keep comments relevant to the article. Remarks containing abusive …" THEN it is furniture; GIVEN a sentence about moderation THEN text', () => {
    expect(junkRule('Comments will be moderated. Keep comments relevant to the article. Remarks containing abusive and obscene language, personal attacks of any kind or promotion will be removed and the user banned.')).toBe('comment-policy');
    expect(junkRule('Keep comments civil.')).toBe('comment-policy');
    expect(junkRule('Comments are subject to approval by the editor.')).toBe('comment-policy');
    expect(junkRule('Click here to post a comment on this article. Comments are subject to approval by the editor.')).toBe('comment-policy');
    expect(junkRule('RedNote said comments would be moderated by a new team of English speakers.')).toBeNull();
  });
});

describe('counters and stamps of posts in Chinese, Japanese and Korean', () => {
  it.each(['阅读 18.6万', '转发 1024', '粉丝 8.2万', '共58条回复 >', '조회수 1,234', 'いいね 320', '25-1-17 08:12 来自美国', '1月16日 21:47 来自iPhone客户端', '2小时前 IP属地：四川'])(
    'GIVEN "%s" THEN it is a post\'s furniture, not text',
    (line) => {
      expect(junkRule(line)).not.toBeNull();
    },
  );

  it.each(['阅读让我们更了解彼此。', '来自美国的用户超过了70万。', '2025年1月有70万美国用户来到小红书。'])('GIVEN "%s" THEN it is text', (line) => {
    expect(junkRule(line)).toBeNull();
  });

  it.each(['vivianteawords 發表在 痞客邦 留言(23) 人氣(4,188)', '留言(23)', '人氣：4,188', '全站分類：生活綜合', '個人分類：小紅書筆記', '标签：小红书 RedNote', 'テーマ：お店のこと', '画像：いちご大福の動画のスクリーンショット（娘撮影）'])(
    'GIVEN a blog\'s "%s" (counters in brackets, its categories and theme, a picture\'s labelled caption) THEN it is furniture',
    (line) => {
      expect(junkRule(line)).not.toBeNull();
    },
  );

  it.each(['留言的人很多，有人说她的猫可爱，有人问怎么注册。', '她的人气在一夜之间涨到了四千多。'])('GIVEN "%s" THEN it is text', (line) => {
    expect(junkRule(line)).toBeNull();
  });
});

describe('notices at a page\'s foot in other words', () => {
  it.each([
    ['Hirdetés', 'advertisement'],
    ['Reklam', 'advertisement'],
    ['Pesti Hírlap is funded by its readers. Become a supporter from 2,000 forints a month.', 'subscription-prompt'],
    ['Become a member from 5 euros a month.', 'subscription-prompt'],
    ["This doc is maintained by Tidewater Social's Insights team. Not for redistribution outside client organisations.", 'copyright'],
    ['Internal use only.', 'copyright'],
    ['Add cover', 'site-chrome'],
    ['Change cover', 'site-chrome'],
    ['Add to Cart', 'site-chrome'],
    ['Add to Wishlist', 'site-chrome'],
    ['Very Positive (1,842)', 'rating'],
    ['4.6 (2,310 ratings)', 'rating'],
    ['★★★★☆ 4.1', 'rating'],
    ['Posted in Social Media Center of Excellence', 'categories'],
    ['Cedar Falls Shoe Co. · 319-555-0148', 'contact-phone'],
    ['Hopp til innihald / Skip to content', 'skip-link'],
    ['Eguneratua / Updated: 21/01/2025 17:05', 'date-line'],
    ['Upgrade to paid', 'subscription-prompt'],
    ['Login to LibApps', 'site-chrome'],
    ['400 E. Main St., Suite 200', 'street-address'],
    ['Mánadagur 20. januar 2025 | Tórshavn 4°C, vestan 14 m/s, regnskúrir', 'weather-widget'],
    ['Windhoek 31°C', 'weather-widget'],
    ['400 E. Main St., Suite 200 • Linden Falls, OH 45899 • (740) 555-0120 • lindencountyhealth.org', 'street-address'],
    ['il y a 5 heures', 'relative-time'],
    ['hace 3 horas', 'relative-time'],
    ['vor 2 Stunden', 'relative-time'],
    ['Vous devez être connecté pour commenter.', 'comment-prompt'],
    ['Report a problem.', 'report-typo'],
    ['The Ridgeway Valley School District does not discriminate in its educational programs, activities, or employment practices based on race.', 'disclaimer'],
    ['Inquiries may be directed to the Title IX Coordinator, 1200 Administration Drive, Ridgeway, PA 19468.', 'disclaimer'],
  ])('GIVEN "%s" THEN it is furniture (%s)', (line, rule) => {
    expect(junkRule(line)).toBe(rule);
  });

  it.each([
    'The memo said do not distribute it, but it leaked within a day.',
    'Her bakery is funded by a small-business loan and a crowdfunding campaign.',
    'She added a cover photo of her cat to the new account.',
    'Posted in 2019, the video went viral.',
    'Published in The Atlantic, the essay argued that apps matter.',
    'Reviews were very positive (1,842 of them), the studio said.',
    'She called 319-555-0148 twice before anyone answered.',
    'Cats / Dogs',
    'She had to log in to Google.',
    '12 Main Street is where she opened her shop in 2019.',
    'In Boise 28°F felt warm to the knitters, she said.',
    'The law says employers do not discriminate against older workers, she argued.',
  ])('GIVEN "%s" THEN it is text', (line) => {
    expect(junkRule(line)).toBeNull();
  });
});

describe('bylines of user IDs and of stamps relative to the save', () => {
  it.each([
    ['作者 sgtpepperTW (Pepper in Taichung)'],
    ['作者：王小明'],
    ['本文作者：林悦LinYue'],
    ['By Lin Chia-hui / Staff reporter'],
    ['By dana_writes'],
    ['Priya Raghunathan · Updated 3 months ago'],
  ])('GIVEN "%s" THEN it is a byline', (line) => {
    expect(isBylineLine(line)).toBe(true);
  });

  it.each(['By iPhone users', '作者认为这款应用很有趣。', 'Updated 3 months ago', '3 years ago by the river'])('GIVEN "%s" THEN it is no byline', (line) => {
    expect(isBylineLine(line)).toBe(false);
  });
});

describe('lines that only look like a job or a disclosure', () => {
  it.each(['Credit card sign-ups rose. Credit... is what the bank called it.', 'Presented by the city, the festival drew 900 people.', 'Together with her sister, she opened a shop.', 'She forwarded the video to her cousin in Ohio.', 'He has positions in several startups.', 'Carla Whitfield, the deputy spokesperson, said the app was safe.', 'Dana Whitcombe -- who founded the company -- said users had tripled.'])('GIVEN "%s" THEN it is text', (line) => {
    expect(junkRule(line)).toBeNull();
  });
});

describe('junkRule remembers its answers', () => {
  it('GIVEN the same line asked about again, with or without its word count THEN the answer is the same', () => {
    for (const line of ['Add to Cart', 'Very Positive (1,842)', 'She called 319-555-0148 twice before anyone answered.', '留言(23)']) {
      const first = junkRule(line);
      expect(junkRule(line)).toBe(first);
      expect(junkRule(line, countWords(line))).toBe(first);
    }
  });
});

describe('junkRule: a correction is the article\'s own record', () => {
  it.each([
    ['Editor’s note: This article was updated on January 22 to reflect that service has been restored.'],
    ['This article has been updated to correct the spelling of Derek Halloran’s name.'],
    ['Correction: An earlier version of this story misstated the number of downloads.'],
    ['Correction, Jan. 15, 4:10 p.m.: An earlier version of this story misstated the number of domains contacted.'],
    ['Correction, Jan. 18, 2025: An earlier version of this story misstated the number of contacts on the Android test phone. It was 38, not 36.'],
  ])('GIVEN the correction "%s" (it states a fact of the story) THEN it stays with the text', (line) => {
    expect(junkRule(line)).toBeNull();
  });
});

describe('nameOnly and isPersonName', () => {
  it('GIVEN a date\'s label in another language alone on its line ("Publié le", "Publicado el") THEN it is no name; a name with a particle ("Jean le Rond") is', () => {
    expect(isPersonName('Publié le')).toBe(false);
    expect(isPersonName('Publicado el')).toBe(false);
    expect(isPersonName('Jean le Rond')).toBe(true);
  });

  it('GIVEN a platform\'s badge run on after a poster\'s name ("Kevin Zhao Owner", "Dana Lee Moderator") THEN the name alone; a two-word name ending in such a word stays whole', () => {
    expect(nameOnly('Kevin Zhao Owner')).toBe('Kevin Zhao');
    expect(nameOnly('Dana Lee Moderator')).toBe('Dana Lee');
    expect(nameOnly('Mary Founder')).toBe('Mary Founder');
  });

  it('GIVEN a name with credentials after a comma, in capitals or in lower-case abbreviations ("Jane Doe, PhD", "Mélanie Gagnon, trad. a.") THEN the name alone, and a person', () => {
    expect(nameOnly('Jane Doe, PhD')).toBe('Jane Doe');
    expect(nameOnly('Mélanie Gagnon, trad. a.')).toBe('Mélanie Gagnon');
    expect(isPersonName('Mélanie Gagnon, trad. a.')).toBe(true);
    expect(isPersonName('Mélanie Gagnon, etc. and more')).toBe(false);
  });

  it('GIVEN several credentials in capitals after a name ("Hannah Lindqvist, RN, IBCLC", "Aaron Feld, CISSP") THEN the name alone; a place and its country\'s or state\'s code, or a dateline in capitals, is no name', () => {
    expect(nameOnly('Hannah Lindqvist, RN, IBCLC')).toBe('Hannah Lindqvist');
    expect(isPersonName('Aaron Feld, CISSP')).toBe(true);
    expect(isPersonName('Tasha Greer, EA')).toBe(true);
    expect(isPersonName('Los Angeles, USA')).toBe(false);
    expect(isPersonName('SAN JOSE, CALIF')).toBe(false);
  });

  it.each([['Thứ Sáu'], ['Dydd Gwener'], ['Dé hAoine']])('GIVEN a weekday\'s name of two words ("%s") THEN it is no person', (name) => {
    expect(isPersonName(name)).toBe(false);
  });

  it.each([['SpinHaus Cycle Club'], ['KFRV Community Radio'], ['Tri-County Soccer League'], ['Harbor Credit Union'], ['St Anne Parish']])('GIVEN an organisation named by its kind at the end ("%s") THEN it is no person', (name) => {
    expect(isPersonName(name)).toBe(false);
  });
});

describe('junkRule: reading times written minutes first, and a post\'s audience label', () => {
  it.each([['6 Min. Lesezeit'], ['5 min de lecture'], ['4 minuti di lettura'], ['3 min de leitura']])('GIVEN "%s" THEN it is a reading time', (line) => {
    expect(junkRule(line)).toBe('reading-time');
  });

  it.each([['Öffentlicher Beitrag'], ['Public post'], ['Free post']])('GIVEN "%s" THEN it is the platform\'s label', (line) => {
    expect(junkRule(line)).toBe('site-chrome');
  });

  it('GIVEN a sentence about a six-minute read THEN it stays', () => {
    expect(junkRule('The guide takes about six minutes to read, and it is free.')).toBeNull();
  });
});

describe('junkRule: a platform\'s search placeholder, play counts and download links', () => {
  it.each([
    ['search-box', 'Search videos, people, and more'],
    ['meta-line', '1,318 plays'],
    ['meta-line', '2.4K downloads'],
    ['attachment', 'Download: RedNote starter vocabulary (PDF, 240 KB)'],
  ])('GIVEN "%s" furniture "%s" THEN it is recognised', (rule, line) => {
    expect(junkRule(line)).toBe(rule);
  });

  it.each([['The council published its findings in a long report (PDF, 2 MB).'], ['Search results for RedNote tripled, and people wanted more.']])('GIVEN the sentence "%s" THEN it stays', (line) => {
    expect(junkRule(line)).toBeNull();
  });
});

describe('junkRule: lines a program or a tool prints', () => {
  it.each([
    ['<?xml version="1.0" encoding="utf-8" standalone="no"?>'],
    ['2025-01-27 21:14:03 [scrapy.utils.log] INFO: Scrapy 2.11.2 started (bot: newsbot)'],
    ['!pip -q install requests beautifulsoup4 lxml'],
    ['art = newspaper.Article(url, config=cfg)'],
    ['from bs4 import BeautifulSoup'],
    ['----- Forwarded by Valentina Rojas/COM/FrutAndes on 22/01/2025 10:14 -----'],
    ["['Gadgets', 'Apps', 'Privacy', 'AI', 'Explainers', 'Deals']"],
  ])('GIVEN "%s" THEN it is a program\'s line', (line) => {
    expect(junkRule(line)).toBe('code-line');
  });

  it('GIVEN a group\'s next event told in a sentence ("Next up: Lions will host a RedNote Q&A … meeting.") THEN it is text; a link to the next story stays furniture', () => {
    expect(junkRule('Next up: Lions will host a RedNote Q&A with Addison at our Feb. 4 noon meeting.')).toBeNull();
    expect(junkRule('Up next: Lemon8 wants to be more than a TikTok backup')).toBe('promo-link');
    expect(junkRule('Coming up: What the ban will mean for creators')).toBe('promo-link');
  });

  it.each([['President Trump Signs Order on TikTok'], ['The President'], ['Meet the Director'], ['The director of the museum said the app was a gift.'], ['Forward the email to your manager if you get one like it.']])('GIVEN "%s", which names an office among other words THEN it is no job title', (line) => {
    expect(junkRule(line)).not.toBe('job-title');
  });

  it.each([['Import duties rose sharply in January'], ['from the start, users were welcome'], ['Installers said demand for the app was high.'], ["['It was all new,' she said, 'and a little strange.']"]])('GIVEN the sentence "%s" THEN it stays', (line) => {
    expect(junkRule(line)).toBeNull();
  });
});

describe('junkRule and isPersonName: a transcript\'s time marks, fediverse handles, a stamp\'s verb', () => {
  it.each([['Starting point is 00:00:41'], ['Timestamp: 01:02:03']])('GIVEN a transcript\'s time mark ("%s") THEN it is furniture', (line) => {
    expect(junkRule(line)).toBe('chapter-marker');
  });

  it.each([['Vivian Tsao [00:00:41]'], ['The meeting starts at 10:30']])('GIVEN "%s" (a speaker over what they say, a meeting\'s time) THEN it is no time mark', (line) => {
    expect(junkRule(line)).not.toBe('chapter-marker');
  });

  it('GIVEN a fediverse handle in a sentence THEN the sentence stays; GIVEN one on a short line or opening a reply, or a mail address THEN it is furniture', () => {
    expect(junkRule('Errata: In the audio I say the app asked for microphone access at launch. It asked only when I tapped record. Thanks to @marguerite@tenforward.social for catching it.')).toBeNull();
    expect(junkRule('@rtaskin@mastodon.online')).toBe('contact-address');
    expect(junkRule('[12]@marta@hachyderm.example replied: "The yyds thing is so real, my')).toBe('contact-address');
    expect(junkRule('Write to the newsroom at tips@ledger.example.com any time.')).toBe('contact-address');
  });

  it.each([['in From the Gangway, Ship Visits — 3 Comments'], ['Posted in News, Events | No Comments']])('GIVEN a post\'s categories and comment count ("%s") THEN it is furniture', (line) => {
    expect(junkRule(line)).toBe('meta-line');
  });

  it('GIVEN a sentence ending in comments THEN it stays', () => {
    expect(junkRule('In the end we had 3 comments')).toBeNull();
  });

  it.each([["Gigsmith's Choice"], ['Editor’s Pick'], ["Peggy Holloway's Second Language"]])('GIVEN "%s" (a possessive before a noun: a badge, a headline) THEN it is no person\'s name; an apostrophe inside a name is', (line) => {
    expect(isPersonName(line)).toBe(false);
    expect(isPersonName("Sean O'Brien")).toBe(true);
  });

  it.each([['Subject Expert'], ['Community Manager'], ['Public Affairs Specialist'], ['Wen-Hao Lin Launched']])('GIVEN "%s" (a job, or a name run into a stamp\'s verb) THEN it is no person\'s name', (line) => {
    expect(isPersonName(line)).toBe(false);
  });

  it.each([['Released Monday'], ['Posted Friday'], ['Updated Tuesday']])('GIVEN "%s" (a stamp\'s verb and a day) THEN it is no person\'s name', (line) => {
    expect(isPersonName(line)).toBe(false);
  });
});

describe('junkRule: a page\'s own caveats and standard lines', () => {
  it.each([
    ['This article is for general information and is not legal advice. Requirements can change; check the current CPSC rules for your product category.'],
    ['This post is general information, not tax advice for your situation. Chair Rent Books is not affiliated with RedNote, Xiaohongshu or TikTok.'],
    ['This post is for general education and is not a substitute for care from your midwife, doctor or other licensed provider.'],
    ['The information on this website is not intended as legal or tax advice. For such advice, please consult a lawyer.'],
    ['⚖️ Nothing in this video is legal advice. I am a lawyer, but I am not your lawyer.'],
    ['We are tenants, not lawyers. Nothing on this site is legal advice.'],
    ['Each Haul Heroes location is independently owned and operated.'],
    ['USDA is an equal opportunity provider, employer, and lender.'],
    ['Funded in part by the Oregon Department of Early Learning and Care.'],
  ])('GIVEN "%s" THEN it is a disclaimer', (line) => {
    expect(junkRule(line)).toBe('disclaimer');
  });

  it.each([
    ['Lawyers warned that a TikTok video is not legal advice, and that users should be careful.'],
    ['The app is not affiliated with TikTok, the company said.'],
    ['RedNote is not affiliated with ByteDance.'],
    ['Her advice is not to post photos of customers without consent.'],
    ['The program is funded in part by a state grant and runs through June.'],
  ])('GIVEN a story\'s sentence about advice or affiliation ("%s") THEN it is no furniture', (line) => {
    expect(junkRule(line)).toBeNull();
  });
});

describe('junkRule: where a piece first ran, a mail system\'s banners, whose views these are, affiliate links', () => {
  it.each([
    ['republication-credit', 'This post originally appeared on Long Table Magazine and was published January 27, 2025.'],
    ['republication-credit', 'This article first appeared in Chalkline and is reproduced on this portfolio with permission.'],
    ['email-frame', 'CAUTION: This email originated from outside of the organization.'],
    ['email-frame', 'This message is from an external sender. Be careful with links and attachments.'],
    ['email-frame', 'Please do not reply to this email. To contact me, please visit my website and use the contact form.'],
    ['disclaimer', 'The views expressed in The Quadrant are those of the authors and do not necessarily reflect those of the university.'],
    ['disclaimer', 'The views of the author are his/her own and do not necessarily represent the position of SkyBridge.'],
    ['disclaimer', 'This post represents the views of the author and not the position of the Media@Whitcombe blog.'],
    ['disclosure', 'This post may contain affiliate links. As an Amazon Associate I earn from qualifying purchases.'],
    ['author-bio', 'About the author: Rosa Delgado, CPA, is a founding partner of Delgado Whitcomb & Co.'],
    ['author-bio', 'About the bureau: Visit Tamarack County is the county’s official destination marketing organization.'],
    ['disclaimer', '【免责声明】本文仅代表作者本人观点，与齿界网无关。齿界网站对文中陈述、观点判断保持中立。'],
    ['disclaimer', '声明：本文仅代表作者个人观点，不代表本站立场。'],
    ['disclaimer', '版权声明：本文来源于网络，如有侵权请联系删除。'],
    ['photo-credit', 'Érik Valdivia durante un entrenamiento en Chula Vista. Foto: Cortesía Team Valdivia'],
    ['story-file-field', 'CUTLINE: Marcus Eide on Chain Lakes Trail in a photo he posted to RedNote. Courtesy of Marcus Eide'],
    ['shop-offer', 'Earn 2x points'],
    ['shop-offer', 'Earn 150 reward points on this item'],
    ['site-chrome', 'IN THIS ISSUE'],
    ['site-chrome', 'In this edition:'],
    ['site-navigation', '中文'],
    ['site-navigation', 'EN | 中文'],
    ['site-navigation', 'English / Español'],
  ])('GIVEN furniture THEN the %s rule claims "%s"', (rule, line) => {
    expect(junkRule(line)).toBe(rule);
  });

  it.each([['The views of many users do not necessarily reflect the company line, analysts said.'], ['This app first appeared in 2013.'], ['声明称，该平台将加强内容审核。'], ['他说，这些观点仅代表部分用户。'], ['Users earn points for posting every day, the company said.'], ['The cutline under her photo named the wrong trail.'], ['Please do not reply to strangers who ask for your password, the guide says.'], ['In this issue we look back at January.'], ['中文 课程 每周二']])('GIVEN a story\'s sentence ("%s") THEN it is no furniture', (line) => {
    expect(junkRule(line)).toBeNull();
  });
});
