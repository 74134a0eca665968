/**
 * The guess's topic words in more languages: what a mail client, an ERP or a printer says around a failure in Polish, Czech,
 * Slovak, Swedish, Danish, Norwegian, Finnish, Turkish, Hungarian, Russian, Ukrainian, Greek, Romanian, Croatian/Serbian,
 * Slovenian, Vietnamese, Indonesian, Hebrew, Arabic, Thai, Chinese, Japanese and Korean — sign-in, password, sending mail,
 * the connection. Without them a text in those languages around no English server reply decoded to nothing, though it is
 * about mail ("Det gick inte att skicka meddelandet", "Kirjautuminen epäonnistui", "Не удалось отправить сообщение").
 *
 * Written here because no library of the field lists user-interface words by topic; the words are the common UI terms
 * (as in the products' translations: Thunderbird, Outlook, Android's and iOS's Mail). Each is a stem that counts inside a
 * compound or an inflected form. Words that also mean "error message" in their language (Swedish "felmeddelande", Czech
 * "chybová zpráva", Russian "сообщение об ошибке", Greek "μήνυμα σφάλματος", Hungarian "hibaüzenet", Finnish "virheviesti",
 * Dutch "foutmelding") are left out: they would make every error in those languages look like mail.
 * JavaScript's \b knows ASCII letters only, so a stem is bounded on its ASCII side or not at all.
 */

/** Sign-in and authentication. */
export const SIGNIN_MORE = [
  'přihláš', 'přihlás', 'prihlás', 'ověřen', '\\boveren', 'autentiz', 'autentifi', '\\bprijav', 'autentiser', 'logga in', 'godkendelse', 'godkjenning', 'pålogging',
  'logge på', 'log(?:ge)? ind', 'kirjautu', 'tunnistautu', 'todennus', 'kimlik doğrula', 'oturum aç', 'hitelesít', 'bejelentkez',
  'автентиф', 'ταυτοποί', 'ταυτότητ', 'xác thực', 'đăng nhập', 'autentikasi', 'אימות', 'התחברות', 'المصادقة', 'تسجيل الدخول',
  'ยืนยันตัวตน', 'เข้าสู่ระบบ',
  // Spanish and Portuguese "sign in" ("Error al iniciar sesión", "inicio de sesión", "iniciar sessão").
  'iniciar sesi[oó]n', 'inicio de sesi[oó]n', 'iniciar sess[aã]o',
].join('|');

/** An OAuth token (Russian and Ukrainian, Korean, Japanese, Chinese: "액세스 토큰 새로 고침 오류", "アクセストークンの更新エラー"). */
export const TOKEN_MORE = ['токен', '토큰', 'トークン', '令牌', '權杖'].join('|');

/** The password. */
export const PASSWORD_MORE = [
  '\\bheslo', 'lösenord', 'adgangskode', '\\bpassord', 'salasana', '\\bparola', 'şifre', 'jelszó', 'κωδικ', 'lozink', '\\bgeslo',
  'mật khẩu', 'kata sandi', 'סיסמ', 'كلمة المرور', 'รหัสผ่าน',
].join('|');

/** Sending mail, and mail itself. */
export const SENDING_MORE = [
  'wysła', 'odeslat', 'odeslán', 'odesílán', 'odoslan', 'odoslať', '\\bskicka', '\\bsende\\b', 'e-post\\b', 'lähettä', 'lähety', 'sähköpost',
  'gönderil', 'gönderme', 'e-posta', 'küldés', 'küldése', 'отправ', 'надісл', 'αποστολ', 'ηλεκτρονικού ταχυδρομείου',
  'trimiter', '\\btrimite', '\\bslanj', '\\bposlat', 'pošilj', 'mengirim', '\\bsurel', 'gửi', 'שליחת', 'דוא"ל', 'إرسال',
  'البريد', '发送', '發送', '送信', '전송', '보내기', '发信', '發信', '收信', '收件', '受信',
].join('|');

/** The connection, and a server that does not answer or a timeout. */
export const NETWORK_MORE = [
  '\\banslut', 'forbindelse', '\\btilkobl', 'yhteys', 'yhteyde', 'bağlan', 'kapcsolód', 'kapcsolat', 'připoj', 'pripoj', 'spojení',
  'σύνδεσ', 'conexiune', 'kết nối', 'koneksi', 'povezav', 'svarer ikke', 'svarar inte', 'ei vastaa', 'yanıt vermiyor',
  'cevap vermiyor', 'nem válaszol', 'neodpovíd', 'nie odpowiada', 'не отвечает', 'не відповідає', 'časový limit', 'aikakatkaisu',
  'tidsgräns', 'zaman aşımı', 'időtúllépés', 'превышено время', 'χρονικό όριο', 'חיבור', 'الاتصال', '응답 ?없음', '응답하지 ?않', '応答なし', '応答し(?:ません|ない)', '応答がありません',
  '无响应', '無回應', '没有响应',
  // A server that does not answer, and a timeout, in the Romance languages and Dutch ("Servidor no responde", "Le serveur ne
  // répond pas", "Tempo esgotado").
  '\\bno responde', 'ne r[ée]pond pas', '\\bnon risponde', 'n[aã]o responde', 'reageert niet', 'tempo esgotado', 'esgotou o tempo',
  // A timeout and the network in Chinese, Japanese and Korean ("操作超时", "网络错误").
  '超时', '超時', 'タイムアウト', '시간 초과', '시간이 초과', '网络', '網路', 'ネットワーク', '네트워크',
  // Windows' WSAEADDRNOTAVAIL in words ("The requested address is not valid in its context", SocketException 10049).
  'requested address is not valid in its context',
].join('|');
