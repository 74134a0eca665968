/**
 * What the big Chinese mail services answer when a client's mail is refused (issue 10): NetEase (163.com, 126.com,
 * yeah.net), Tencent (QQ Mail, Tencent Exmail), Alibaba Mail, and Yahoo China's old bounce for a closed account. Their replies carry
 * short codes of their own ("554 DT:SPM …", "421 HL:IFC", "550 Ip frequency limited"), which the RFC 3463-based rules
 * cannot read. Only replies the providers' published code lists give (as quoted by the pages cited per group) or that
 * development texts quote with their fix are here.
 */
import { p, pattern, phrase, type Rule } from './pattern-kit.js';

/**
 * NetEase's bounce codes, from its list for senders to 163/126 (quoted in full by biecuoliao.com/pa/MBRrwEM.html and
 * 51yue.net/news/thread/20200123/14841169.html; NetEase links it from its replies as mail.163.com/help/help_spam_16.htm):
 *   - DT:SPM "邮件正文带有垃圾邮件特征或发送环境缺乏规范性" — content with spam features or a sending environment that is not
 *     in order: the message is refused as spam (development texts: 163's "554 DT:SPM 163 smtp14,…" from Django and
 *     smtplib, fixed by changing subject and content);
 *   - HL:REP / HL:MEP (abnormal sending: many unknown recipients, forged sender domains), HL:IHU (an IP suspended for its
 *     sending), HL:IPB / WM:BLI / WM:BLU (not on the allowed list), DT:RBL (on a block list): the sender is blocked;
 *   - HL:ICC (too many concurrent connections), HL:IFC / HL:IFQ (too many messages in a short time), MI:DMC / RP:DRC (too
 *     many messages or recipients on one connection), MI:SFQ (the sender's quota in 15 minutes): a limit;
 *   - "too much fail authentication" (登录失败次数过多: too many failed logins, login barred for a while): a lock-out.
 * NetEase's "550 User has no permission": the mailbox has not switched SMTP on (testerSunshine/12306#62, fixed by "登录邮箱
 * 设置一下开启smtp": switching SMTP on in the mailbox's settings; open-falcon/mail-provider#6 points to 163's help page).
 */
const NETEASE: readonly Rule[] = [
  pattern('netease-dt-spm', 'smtp-submit', 3, [String.raw`\b(?:45[01]|554)[ -]DT:SPM\b`, String.raw`\bDT:SPM \d{2,3} smtp\d`],
    [p('outbound_sender_blocked', 0.85)]),
  pattern('netease-sender-blocked', 'smtp-submit', 3, [String.raw`\b(?:4[25]\d|55\d)[ -](?:HL:(?:REP|MEP|IHU|IPB)|WM:BL[IU]|DT:RBL)\b`],
    [p('outbound_sender_blocked', 0.85)]),
  pattern('netease-limit', 'throttle', 3, [String.raw`\b(?:4[25]\d|55\d)[ -](?:HL:(?:ICC|IFC|IFQ)|MI:(?:DMC|SFQ)|RP:DRC)\b`],
    [p('throttled', 0.85)]),
  pattern('netease-failed-logins', 'throttle', 3, [phrase('Requested mail action not taken: too much fail authentication')],
    [p('throttled', 0.8), p('smtp_auth_failed_generic', 0.3)]),
  pattern('netease-no-permission', 'smtp-auth', 3, [String.raw`\b550[ ,'"b]{1,4}User has no permission\b`],
    [p('smtp_auth_disabled_mailbox', 0.75), p('smtp_auth_failed_generic', 0.3)]),
];

/**
 * Tencent Exmail's and QQ Mail's frequency limit: "550 Ip frequency limited" / "550 Connection frequency limited" — the
 * sending IP's rate per minute, hour or day exceeded, sending barred for a while (exmail.qq.com's help page, as ydadm.com/
 * news_in/335 quotes it: "該服務器IP的發信頻率大幅度超過騰訊企業郵箱限制"; development texts: Mailgun and a PHP app to QQ
 * addresses). QQ's content filter: "550 The mail may contain inappropriate words or content." (a development text: smtplib
 * to smtp.qq.com, the message refused for its content).
 */
const TENCENT: readonly Rule[] = [
  pattern('tencent-frequency-limited', 'throttle', 3, [String.raw`\b(?:Ip|Connection|Mail|Rcpt|Domain) frequency limited\b`],
    [p('throttled', 0.85)]),
  pattern('tencent-inappropriate-content', 'smtp-submit', 3, [phrase('The mail may contain inappropriate words or content')],
    [p('outbound_sender_blocked', 0.8)]),
];

/**
 * Alibaba Mail's SMTP replies, from its list of error codes (as sh-aliyun.com/index.php/Products/detail/cid/0/pid/87.html
 * quotes it): "526 Authentication failure[1]" too many failed logins and "[0]" a failed login; "440 mail from account
 * doesn't conform with authentication" (the sender must be the signed-in account); "541 This account isn't allowed to send
 * email"; "554 Reject by behaviour spam" / "Reject by content spam" and 454's transient form (the anti-spam filter);
 * UC_LOGIN_SOURCE_NOT_ALLOWED (the protocol — POP, SMTP — switched off for the account) and UC_CLIENT_NON_SSL (a standard
 * protocol on a port without SSL).
 */
const ALIBABA: readonly Rule[] = [
  pattern('alimail-too-many-failures', 'throttle', 3, [String.raw`\b526 Authentication failure\[1\]`], [p('throttled', 0.8), p('smtp_auth_failed_generic', 0.3)]),
  pattern('alimail-auth-failure', 'smtp-auth', 3, [String.raw`\b526 Authentication failure\[0\]`], [p('smtp_auth_failed_generic', 0.8)]),
  pattern('alimail-sender-not-signed-in', 'smtp-submit', 3, [phrase("mail from account doesn't conform with authentication")],
    [p('send_as_denied', 0.85)]),
  pattern('alimail-not-allowed-to-send', 'smtp-submit', 3, [phrase("This account isn't allowed to send email")],
    [p('outbound_sender_blocked', 0.8)]),
  pattern('alimail-spam', 'smtp-submit', 3, [String.raw`\b(?:Transient )?reject by (?:behaviou?r|content) spam\b`],
    [p('outbound_sender_blocked', 0.85)]),
  pattern('alimail-protocol-off', 'smtp-auth', 3, [String.raw`\bUC_LOGIN_SOURCE_NOT_ALLOWED\b`],
    [p('smtp_auth_disabled_mailbox', 0.7), p('imap_disabled_or_not_connected', 0.3)]),
  pattern('alimail-non-ssl', 'tls', 3, [String.raw`\bUC_CLIENT_NON_SSL\b`], [p('tls_problem', 0.85)]),
];

/**
 * Yahoo China's (yahoo.com.cn) old bounce for a closed account, "Sorry your message to … cannot be delivered. This account has been disabled or
 * discontinued [#102]." — the recipient's account is closed (help.szhot.com/text_show.php?id=170 on the bounce: "此用户被
 * 禁用或者不可以使用", the user is disabled or cannot be used, the account frozen or deleted).
 */
const YAHOO_CLOSED: readonly Rule[] = [
  pattern('yahoo-recipient-closed', 'smtp-submit', 3, [phrase('This account has been disabled or discontinued')],
    [p('recipient_rejected', 0.85)]),
];

export const CN_PROVIDER_VOCABULARY_RULES: readonly Rule[] = [...NETEASE, ...TENCENT, ...ALIBABA, ...YAHOO_CLOSED];
