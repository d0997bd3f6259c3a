<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AccountStore</name>
    <message>
        <source>The account settings could not be written to %1.</source>
        <translation>無法把帳號設定寫入 %1。</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>帳號</translation>
    </message>
    <message>
        <source>&amp;Accounts you send from:</source>
        <translation>用來寄信的帳號(&amp;A)：</translation>
    </message>
    <message>
        <source>Accounts you send from</source>
        <translation>用來寄信的帳號</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>帳號</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>寄件者</translation>
    </message>
    <message>
        <source>Outgoing server</source>
        <translation>外寄伺服器</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>登入方式</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>新增(&amp;D)…</translation>
    </message>
    <message>
        <source>Find and test the settings of another account</source>
        <translation>尋找並測試另一個帳號的設定</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編輯(&amp;E)…</translation>
    </message>
    <message>
        <source>Change this account&apos;s settings or password, and test them again</source>
        <translation>變更此帳號的設定或密碼，並重新測試</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Forget this account and delete its password from the keychain</source>
        <translation>忘記此帳號，並從金鑰圈刪除其密碼</translation>
    </message>
    <message>
        <source>Set as De&amp;fault</source>
        <translation>設為預設(&amp;F)</translation>
    </message>
    <message>
        <source>New messages are sent from this account unless you choose another</source>
        <translation>新郵件預設從此帳號寄出，除非你另選</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <comment>an account&apos;s name in the Accounts list</comment>
        <translation>%1（預設）</translation>
    </message>
</context>
<context>
    <name>AttachmentListWidget</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1
%2, %3</source>
        <translation>%1
%2，%3</translation>
    </message>
</context>
<context>
    <name>AttachmentReminder</name>
    <message>
        <source>attach,enclosed</source>
        <extracomment>Comma-separated words that mean a file is attached, in your language (lower case; a word matches any word starting with it, so &quot;attach&quot; also finds &quot;attached&quot;).</extracomment>
        <translation>附件,附檔,附上,隨附,附加檔案,attach,enclosed</translation>
    </message>
</context>
<context>
    <name>CapturedMessage</name>
    <message>
        <source>The receipt is too large to be one.</source>
        <translation>回執檔案太大，不可能是回執。</translation>
    </message>
    <message>
        <source>The receipt is not valid JSON: %1</source>
        <translation>回執不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>The receipt does not name its message file.</source>
        <translation>回執沒有指明對應的郵件檔案。</translation>
    </message>
</context>
<context>
    <name>ComposerController</name>
    <message>
        <source>Set up your outgoing server</source>
        <translation>設定外寄伺服器</translation>
    </message>
    <message>
        <source>Qourier needs to know which server sends your mail and which address you send from.</source>
        <translation>Qourier 需要知道用哪台伺服器傳送你的郵件，以及你用哪個地址寄信。</translation>
    </message>
    <message>
        <source>Server Settings…</source>
        <translation>伺服器設定…</translation>
    </message>
    <message>
        <source>Not everything could be taken over</source>
        <translation>並非所有內容都能沿用</translation>
    </message>
    <message>
        <source>Server settings saved.</source>
        <translation>伺服器設定已儲存。</translation>
    </message>
    <message>
        <source>Some addresses are not valid</source>
        <translation>有些地址無效</translation>
    </message>
    <message>
        <source>The marked fields contain addresses that cannot be sent to.</source>
        <translation>標示的欄位中有無法傳送的地址。</translation>
    </message>
    <message>
        <source>Point at a red field to see which address is wrong, then correct it.</source>
        <translation>將滑鼠指向紅色的欄位，查看哪個地址有誤，然後修正。</translation>
    </message>
    <message>
        <source>No recipients</source>
        <translation>沒有收件者</translation>
    </message>
    <message>
        <source>Add at least one address in To, Cc or Bcc.</source>
        <translation>請在收件者、副本或密件副本中至少填寫一個地址。</translation>
    </message>
    <message>
        <source>No Subject</source>
        <translation>沒有主旨</translation>
    </message>
    <message>
        <source>Send this message without a subject?</source>
        <translation>不填主旨就傳送這封郵件嗎？</translation>
    </message>
    <message>
        <source>A subject helps the recipients see what the message is about.</source>
        <translation>主旨能幫助收件者了解郵件的內容。</translation>
    </message>
    <message>
        <source>Send Without Subject</source>
        <translation>不加主旨傳送</translation>
    </message>
    <message>
        <source>Add a Subject</source>
        <translation>新增主旨</translation>
    </message>
    <message>
        <source>No Attachment</source>
        <translation>沒有附加檔案</translation>
    </message>
    <message>
        <source>The message mentions “%1”, but nothing is attached.</source>
        <translation>郵件中提到了「%1」，但沒有附加任何檔案。</translation>
    </message>
    <message>
        <source>Send it anyway, or go back and attach the files?</source>
        <translation>仍要傳送，還是返回附加檔案？</translation>
    </message>
    <message>
        <source>Send Anyway</source>
        <translation>仍要傳送</translation>
    </message>
    <message>
        <source>Attach Files…</source>
        <translation>附加檔案…</translation>
    </message>
    <message>
        <source>The message cannot be prepared</source>
        <translation>無法準備這封郵件</translation>
    </message>
    <message>
        <source>Check that every attached file still exists and can be read.</source>
        <translation>請確認每個附加檔案仍然存在並且可以讀取。</translation>
    </message>
    <message>
        <source>Message Too Large</source>
        <translation>郵件太大</translation>
    </message>
    <message>
        <source>This message is %1, but %2 accepts at most %3.</source>
        <translation>這封郵件大小為 %1，但 %2 最多只接受 %3。</translation>
    </message>
    <message>
        <source>The server will most likely refuse it. Attachments are about a third larger when sent. Remove some, or share large files by link.</source>
        <translation>伺服器很可能會拒收。附加檔案傳送時會增大約三分之一。請移除一些附加檔案，或是用連結分享大型檔案。</translation>
    </message>
    <message>
        <source>Try Anyway</source>
        <translation>仍要嘗試</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Password for %1 on %2:</source>
        <translation>%2 上 %1 的密碼：</translation>
    </message>
    <message>
        <source>Not sent: no password was given.</source>
        <translation>未傳送：沒有提供密碼。</translation>
    </message>
    <message>
        <source>The server settings cannot be used</source>
        <translation>伺服器設定無法使用</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在傳送…</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>（無主旨）</translation>
    </message>
    <message>
        <source>Message sent</source>
        <translation>郵件已傳送</translation>
    </message>
    <message numerus="yes">
        <source>“%1” was sent to %n recipient(s).</source>
        <translation>
            <numerusform>「%1」已傳送給 %n 位收件者。</numerusform>
        </translation>
    </message>
    <message>
        <source>Message sent.</source>
        <translation>郵件已傳送。</translation>
    </message>
    <message>
        <source>Sent, but not to everyone</source>
        <translation>已傳送，但並非所有人都收到</translation>
    </message>
    <message numerus="yes">
        <source>“%1” was sent to %n recipient(s), but the server refused: %2.</source>
        <translation>
            <numerusform>「%1」已傳送給 %n 位收件者，但伺服器拒絕了：%2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the refused addresses are left in the address fields. Correct them and send again, or close the message.</source>
        <translation>地址欄位中只保留了被拒絕的地址。請修正後重新傳送，或是關閉這封郵件。</translation>
    </message>
    <message>
        <source>Message sent, but not to every recipient.</source>
        <translation>郵件已傳送，但並非所有收件者都收到。</translation>
    </message>
    <message>
        <source>Sending cancelled.</source>
        <translation>已取消傳送。</translation>
    </message>
    <message>
        <source>Message not sent.</source>
        <translation>郵件未傳送。</translation>
    </message>
    <message>
        <source>Sandbox (this computer)</source>
        <translation>沙箱（本機）</translation>
    </message>
    <message>
        <source>The sandbox is not available</source>
        <translation>沙箱無法使用</translation>
    </message>
    <message>
        <source>Sending to it will try again. Set up a real account to send your mail.</source>
        <translation>傳送到沙箱時會再試一次。要把郵件真正寄出，請設定一個真實帳號。</translation>
    </message>
    <message>
        <source>the sandbox</source>
        <comment>where a message is sent: “Connecting to the sandbox…”</comment>
        <translation>沙箱</translation>
    </message>
    <message>
        <source>Message delivered to the sandbox</source>
        <translation>郵件已投遞到沙箱</translation>
    </message>
    <message numerus="yes">
        <source>“%1” was received by the sandbox for %n recipient(s). It stays on this computer: nobody else got it.</source>
        <translation>
            <numerusform>沙箱已收下寄給 %n 位收件者的「%1」。它只留在這台電腦上，其他人都沒有收到。</numerusform>
        </translation>
    </message>
    <message>
        <source>Show It</source>
        <translation>檢視</translation>
    </message>
    <message>
        <source>Message delivered to the sandbox.</source>
        <translation>郵件已投遞到沙箱。</translation>
    </message>
    <message numerus="yes">
        <source>Sending in %n s…</source>
        <translation>
            <numerusform>%n 秒後傳送…</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent. The message is as you left it.</source>
        <translation>未傳送。郵件保持原樣。</translation>
    </message>
    <message>
        <source>Could not save a safety copy: %1</source>
        <translation>無法儲存安全副本：%1</translation>
    </message>
    <message>
        <source>The draft cannot be saved</source>
        <translation>無法儲存草稿</translation>
    </message>
    <message>
        <source>Draft saved. It is in File ▸ Drafts.</source>
        <translation>草稿已儲存，位於「檔案 ▸ 草稿」。</translation>
    </message>
    <message>
        <source>Delete Draft</source>
        <translation>刪除草稿</translation>
    </message>
    <message>
        <source>Delete this draft?</source>
        <translation>刪除此草稿？</translation>
    </message>
    <message>
        <source>It cannot be brought back.</source>
        <translation>刪除後無法復原。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Keep It</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Open Draft</source>
        <translation>開啟草稿</translation>
    </message>
    <message>
        <source>Save the message you are writing before opening the draft?</source>
        <translation>開啟草稿前，先儲存正在撰寫的郵件嗎？</translation>
    </message>
    <message>
        <source>The draft replaces it in this window.</source>
        <translation>草稿將在此視窗中取代它。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>捨棄</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The draft cannot be opened</source>
        <translation>無法開啟草稿</translation>
    </message>
    <message>
        <source>Changed since the draft was saved: %1</source>
        <translation>自草稿儲存後已變更：%1</translation>
    </message>
    <message>
        <source>No longer there, so not attached: %1</source>
        <translation>已不存在，因此未附加：%1</translation>
    </message>
    <message>
        <source>Some attached files are not as they were</source>
        <translation>部分附件與儲存時不同</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>主旨：%1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>收件者：%1</translation>
    </message>
    <message>
        <source>Last saved: %1</source>
        <translation>上次儲存：%1</translation>
    </message>
    <message>
        <source>Attachments: %1</source>
        <translation>附件：%1</translation>
    </message>
    <message>
        <source>Warning: changed since then: %1</source>
        <translation>警告：此後已變更：%1</translation>
    </message>
    <message>
        <source>Warning: no longer there, so not attached: %1</source>
        <translation>警告：已不存在，因此未附加：%1</translation>
    </message>
    <message>
        <source>Restore Message</source>
        <translation>復原郵件</translation>
    </message>
    <message>
        <source>Qourier was closed while you were writing a message. Restore it?</source>
        <translation>您撰寫郵件時 Qourier 被關閉了。要復原這封郵件嗎？</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>復原</translation>
    </message>
    <message>
        <source>Keep as Draft</source>
        <translation>存為草稿</translation>
    </message>
    <message>
        <source>Message restored.</source>
        <translation>郵件已復原。</translation>
    </message>
    <message>
        <source>The message is in File ▸ Drafts.</source>
        <translation>郵件位於「檔案 ▸ 草稿」。</translation>
    </message>
    <message>
        <source>the password is asked when you next send</source>
        <translation>下次傳送時會詢問密碼</translation>
    </message>
    <message>
        <source>the account of this message no longer exists</source>
        <translation>此郵件的帳號已不存在</translation>
    </message>
    <message>
        <source>The message cannot be put in the Outbox</source>
        <translation>無法將郵件放入寄件匣</translation>
    </message>
    <message>
        <source>Not sent yet: it will be retried</source>
        <translation>尚未傳送：將自動重試</translation>
    </message>
    <message>
        <source>%1 The message waits in the Outbox and is sent again at %2, or when you choose Retry Now there.</source>
        <translation>%1 郵件在寄件匣中等待，將於 %2 再次傳送，或在寄件匣中選擇「立即重試」時傳送。</translation>
    </message>
    <message>
        <source>Message waiting in the Outbox.</source>
        <translation>郵件正在寄件匣中等待。</translation>
    </message>
    <message>
        <source>Maybe sent: please decide</source>
        <translation>可能已傳送：請您決定</translation>
    </message>
    <message>
        <source>The whole message reached the server, but the connection broke before the server confirmed it. It may have arrived; sending it again could give the recipients two copies. Qourier will not send it again by itself.</source>
        <translation>整封郵件已到達伺服器，但在伺服器確認之前連線中斷了。郵件可能已經送達；再次傳送可能使收件者收到兩份。Qourier 不會自行重新傳送。</translation>
    </message>
    <message>
        <source>In the Outbox, choose Mark as Sent if it arrived, or Send Again.</source>
        <translation>在寄件匣中：如果已送達，請選擇「標記為已傳送」，否則選擇「再次傳送」。</translation>
    </message>
    <message>
        <source>Open Outbox…</source>
        <translation>開啟寄件匣…</translation>
    </message>
    <message>
        <source>Delivery uncertain: see the Outbox.</source>
        <translation>投遞情況不確定：請查看寄件匣。</translation>
    </message>
    <message>
        <source>this message was queued by qourier send with its own password: send it with `qourier outbox flush`</source>
        <translation>此郵件由 qourier send 以其自帶的密碼放入佇列：請用 `qourier outbox flush` 寄出</translation>
    </message>
    <message>
        <source>Sign in again to send from %1</source>
        <translation>請重新登入以從 %1 寄出</translation>
    </message>
    <message>
        <source>Cannot sign in to %1 now</source>
        <translation>現在無法登入 %1</translation>
    </message>
    <message>
        <source>Edit the account and choose the sign-in button again. The message stays here.</source>
        <translation>請編輯帳號並再次按下登入按鈕。郵件仍保留在這裡。</translation>
    </message>
    <message>
        <source>Check the network connection and try again. The message stays here.</source>
        <translation>請檢查網路連線後再試一次。郵件仍保留在這裡。</translation>
    </message>
    <message>
        <source>Edit Account…</source>
        <translation>編輯帳號…</translation>
    </message>
    <message>
        <source>No keychain answered, so Qourier cannot keep your password: it is asked each time and kept in memory only until Qourier closes.

Password for %1 on %2:</source>
        <translation>沒有金鑰圈回應，因此 Qourier 無法保存你的密碼：每次都會詢問，並且只保存在記憶體中，直到 Qourier 關閉。

%1 在 %2 上的密碼：</translation>
    </message>
    <message>
        <source>Putting the message in the Outbox…</source>
        <translation>正在將郵件放入寄件匣…</translation>
    </message>
    <message>
        <source>TLS</source>
        <comment>connection security in the Accounts list</comment>
        <translation>TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <comment>connection security in the Accounts list</comment>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>no encryption</source>
        <comment>connection security in the Accounts list</comment>
        <translation>不加密</translation>
    </message>
    <message>
        <source>%1:%2, %3</source>
        <comment>host:port, security</comment>
        <translation>%1:%2，%3</translation>
    </message>
    <message>
        <source>Microsoft sign-in</source>
        <translation>Microsoft 登入</translation>
    </message>
    <message>
        <source>Google sign-in</source>
        <translation>Google 登入</translation>
    </message>
    <message>
        <source>OAuth sign-in</source>
        <translation>OAuth 登入</translation>
    </message>
    <message>
        <source>Password (%1)</source>
        <comment>sign-in with this user name</comment>
        <translation>密碼（%1）</translation>
    </message>
    <message>
        <source>None</source>
        <comment>no sign-in</comment>
        <translation>無</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>移除帳號</translation>
    </message>
    <message>
        <source>Remove the account “%1”?</source>
        <translation>要移除帳號「%1」嗎？</translation>
    </message>
    <message>
        <source>Its settings are forgotten and its password or sign-in is deleted from the system keychain. Messages already in the Outbox from it stay there until you edit or delete them.</source>
        <translation>它的設定會被忘記，其密碼或登入憑證會從系統金鑰圈刪除。寄件匣中已有的該帳號郵件會保留，直到你編輯或刪除它們。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>The keychain kept the password of “%1”</source>
        <translation>金鑰圈仍保留著「%1」的密碼</translation>
    </message>
    <message>
        <source>The account is removed, but the system keychain did not delete its secret.</source>
        <translation>帳號已移除，但系統金鑰圈沒有刪除它的憑證。</translation>
    </message>
    <message>
        <source>Delete the entry for Qourier with your desktop&apos;s password manager (Passwords and Keys).</source>
        <translation>請用桌面的密碼管理工具（「密碼與金鑰」）刪除 Qourier 的項目。</translation>
    </message>
    <message>
        <source>The account cannot be removed</source>
        <translation>無法移除帳號</translation>
    </message>
    <message>
        <source>Account “%1” removed.</source>
        <translation>帳號「%1」已移除。</translation>
    </message>
</context>
<context>
    <name>ComposerWindow</name>
    <message>
        <source>Message body</source>
        <translation>郵件內文</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected attachments (Delete)</source>
        <translation>移除選取的附加檔案（Delete）</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附加檔案</translation>
    </message>
    <message>
        <source>From</source>
        <translation>寄件者</translation>
    </message>
    <message>
        <source>Names or addresses, separated by commas</source>
        <translation>姓名或地址，以逗號分隔</translation>
    </message>
    <message>
        <source>To</source>
        <translation>收件者</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>副本</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>密件副本</translation>
    </message>
    <message>
        <source>Bcc recipients get the message, but nobody sees their addresses</source>
        <translation>密件副本收件者會收到郵件，但其他人看不到他們的地址</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主旨</translation>
    </message>
    <message>
        <source>Show the Cc field (copy to)</source>
        <translation>顯示副本欄位</translation>
    </message>
    <message>
        <source>Show Cc field</source>
        <translation>顯示副本欄位</translation>
    </message>
    <message>
        <source>Show the Bcc field (blind copy)</source>
        <translation>顯示密件副本欄位（收件者互相看不到）</translation>
    </message>
    <message>
        <source>Show Bcc field</source>
        <translation>顯示密件副本欄位</translation>
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation>副本(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Bcc:</source>
        <translation>密件副本(&amp;B)：</translation>
    </message>
    <message>
        <source>Fr&amp;om:</source>
        <translation>寄件者(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>收件者(&amp;T)：</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>主旨(&amp;U)：</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>&amp;Rich Text</source>
        <translation>格式化文字(&amp;R)</translation>
    </message>
    <message>
        <source>Send formatted text (HTML with a plain-text copy); off: plain text only</source>
        <translation>傳送含格式的文字（HTML 並附純文字副本）；關閉時只傳送純文字</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>粗體(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>斜體(&amp;I)</translation>
    </message>
    <message>
        <source>B&amp;ulleted List</source>
        <translation>項目符號清單(&amp;U)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+8</source>
        <translation>Ctrl+Shift+8</translation>
    </message>
    <message>
        <source>&amp;Numbered List</source>
        <translation>編號清單(&amp;N)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+7</source>
        <translation>Ctrl+Shift+7</translation>
    </message>
    <message>
        <source>Block &amp;Quote</source>
        <translation>引文區塊(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+9</source>
        <translation>Ctrl+Shift+9</translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation>連結(&amp;L)…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>傳送(&amp;S)</translation>
    </message>
    <message>
        <source>Send the message (Ctrl+Return)</source>
        <translation>傳送郵件（Ctrl+Return）</translation>
    </message>
    <message>
        <source>&amp;Attach Files…</source>
        <translation>附加檔案(&amp;A)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Attach files (you can also drop or paste them)</source>
        <translation>附加檔案（也可以拖放或貼上檔案）</translation>
    </message>
    <message>
        <source>Outgoing &amp;Server Settings…</source>
        <translation>外寄伺服器設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>關閉(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>取消復原(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪下(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>貼上(&amp;P)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全選(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Cc Field</source>
        <translation>副本欄位(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Bcc Field</source>
        <translation>密件副本欄位(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Formatting Toolbar</source>
        <translation>格式工具列(&amp;F)</translation>
    </message>
    <message>
        <source>Connection &amp;Log</source>
        <translation>連線記錄(&amp;L)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>格式(&amp;O)</translation>
    </message>
    <message>
        <source>Composition</source>
        <translation>撰寫</translation>
    </message>
    <message>
        <source>No sender yet: set up the outgoing server</source>
        <translation>還沒有寄件者：請設定外寄伺服器</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>附加檔案</translation>
    </message>
    <message>
        <source>Write: (no subject) — Qourier</source>
        <translation>撰寫郵件：（無主旨）— Qourier</translation>
    </message>
    <message>
        <source>Write: %1 — Qourier</source>
        <translation>撰寫郵件：%1 — Qourier</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s), %1</source>
        <translation>
            <numerusform>%n 個附加檔案，%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Switch to Plain Text</source>
        <translation>切換為純文字</translation>
    </message>
    <message>
        <source>Switch this message to plain text?</source>
        <translation>將這封郵件切換為純文字嗎？</translation>
    </message>
    <message>
        <source>Formatting and the images in the text will be removed.</source>
        <translation>格式和內文中的圖片將被移除。</translation>
    </message>
    <message>
        <source>Keep Rich Text</source>
        <translation>保留格式化文字</translation>
    </message>
    <message>
        <source>Insert Link</source>
        <translation>插入連結</translation>
    </message>
    <message>
        <source>Link address (empty removes the link):</source>
        <translation>連結網址（留空則移除連結）：</translation>
    </message>
    <message>
        <source>Message Being Sent</source>
        <translation>郵件正在傳送</translation>
    </message>
    <message>
        <source>Stop sending and close the window?</source>
        <translation>停止傳送並關閉視窗嗎？</translation>
    </message>
    <message>
        <source>The message has not been sent yet.</source>
        <translation>郵件還沒有傳送完。</translation>
    </message>
    <message>
        <source>Stop and Close</source>
        <translation>停止並關閉</translation>
    </message>
    <message>
        <source>Keep Sending</source>
        <translation>繼續傳送</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>捨棄</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>沙箱</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sandbox:&lt;/b&gt; messages you send stay on this computer.</source>
        <translation>&lt;b&gt;沙箱：&lt;/b&gt;你傳送的郵件只留在這台電腦上。</translation>
    </message>
    <message>
        <source>Qourier&apos;s built-in mail server receives them, so you can see exactly what would be sent. Nothing leaves this computer.</source>
        <translation>由 Qourier 內建的郵件伺服器接收，你可以看到實際會寄出的確切內容。任何內容都不會離開這台電腦。</translation>
    </message>
    <message>
        <source>Sandbox: messages you send stay on this computer.</source>
        <translation>沙箱：你傳送的郵件只留在這台電腦上。</translation>
    </message>
    <message>
        <source>Show Sandbox &amp;Mail</source>
        <translation>檢視沙箱郵件(&amp;M)</translation>
    </message>
    <message>
        <source>Open the messages the sandbox has received</source>
        <translation>開啟沙箱收到的郵件</translation>
    </message>
    <message>
        <source>Use a &amp;Real Account…</source>
        <translation>使用真實帳號(&amp;R)…</translation>
    </message>
    <message>
        <source>Set up the server that sends your mail to its recipients</source>
        <translation>設定把郵件寄給收件者的伺服器</translation>
    </message>
    <message>
        <source>&amp;Sandbox Mail</source>
        <translation>沙箱郵件(&amp;S)</translation>
    </message>
    <message>
        <source>The messages Qourier&apos;s built-in sandbox server has received</source>
        <translation>Qourier 內建沙箱伺服器收到的郵件</translation>
    </message>
    <message>
        <source>Open the Outbox</source>
        <translation>開啟寄件匣</translation>
    </message>
    <message>
        <source>Save &amp;Draft</source>
        <translation>儲存草稿(&amp;D)</translation>
    </message>
    <message>
        <source>Keep this message in File ▸ Drafts to finish it later (Ctrl+S)</source>
        <translation>將此郵件儲存到「檔案 ▸ 草稿」，稍後完成（Ctrl+S）</translation>
    </message>
    <message>
        <source>D&amp;rafts…</source>
        <translation>草稿(&amp;R)…</translation>
    </message>
    <message>
        <source>The messages you saved to finish later</source>
        <translation>您儲存以便稍後完成的郵件</translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation>寄件匣(&amp;O)…</translation>
    </message>
    <message>
        <source>Messages waiting to be sent, and those that could not be</source>
        <translation>等待傳送以及未能傳送的郵件</translation>
    </message>
    <message>
        <source>&amp;Undo Send Delay…</source>
        <translation>復原傳送延遲(&amp;U)…</translation>
    </message>
    <message>
        <source>How long Send waits, so that you can take the message back</source>
        <translation>按下傳送後等待多久，以便您收回郵件</translation>
    </message>
    <message>
        <source>Undo Send Delay</source>
        <translation>復原傳送延遲</translation>
    </message>
    <message>
        <source>Seconds to wait after Send, during which Undo takes the message back (0: send at once):</source>
        <translation>按下傳送後等待的秒數，在此期間可復原並收回郵件（0：立即傳送）：</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting in the Outbox</source>
        <translation>
            <numerusform>寄件匣中有 %n 封等待</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Message</source>
        <translation>儲存郵件</translation>
    </message>
    <message>
        <source>Save this message as a draft before closing?</source>
        <translation>關閉前將此郵件儲存為草稿嗎？</translation>
    </message>
    <message>
        <source>It has not been sent. A saved draft stays in File ▸ Drafts.</source>
        <translation>郵件尚未傳送。儲存的草稿位於「檔案 ▸ 草稿」。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Accou&amp;nts…</source>
        <translation>帳號(&amp;N)…</translation>
    </message>
    <message>
        <source>Add, edit or remove the accounts you send from, and choose the default</source>
        <translation>新增、編輯或移除用來寄信的帳號，並選擇預設帳號</translation>
    </message>
</context>
<context>
    <name>ConnectionLogDock</name>
    <message>
        <source>Connection Log</source>
        <translation>連線記錄</translation>
    </message>
    <message>
        <source>Connection log</source>
        <translation>連線記錄</translation>
    </message>
    <message>
        <source>Conversation with the server</source>
        <translation>與伺服器的對話</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>意義</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the log to the clipboard (passwords are never in it)</source>
        <translation>將記錄複製到剪貼簿（其中絕不包含密碼）</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>清除(&amp;L)</translation>
    </message>
    <message>
        <source>Connection to %1, port %2, at %3</source>
        <translation>連線到 %1，連接埠 %2，時間 %3</translation>
    </message>
</context>
<context>
    <name>ConnectionWizard</name>
    <message>
        <source>Add Account</source>
        <translation>新增帳號</translation>
    </message>
    <message>
        <source>Edit Account</source>
        <translation>編輯帳號</translation>
    </message>
    <message>
        <source>Server: %1 port %2, %3</source>
        <translation>伺服器：%1 連接埠 %2，%3</translation>
    </message>
    <message>
        <source>No sign-in.</source>
        <translation>無需登入。</translation>
    </message>
    <message>
        <source>Signs in as %1.</source>
        <translation>以 %1 登入。</translation>
    </message>
    <message>
        <source>Trusted certificate (SHA-256): %1</source>
        <translation>受信任的憑證（SHA-256）：%1</translation>
    </message>
    <message>
        <source>The settings are saved in Qourier&apos;s configuration file; the password goes to your system&apos;s keychain only.</source>
        <translation>設定儲存在 Qourier 的設定檔中；密碼只儲存到系統金鑰圈。</translation>
    </message>
    <message>
        <source>Signs in as %1 with OAuth 2 (XOAUTH2): no password is stored, only the sign-in.</source>
        <translation>以 %1 的身分透過 OAuth 2（XOAUTH2）登入：不儲存密碼，只儲存登入授權。</translation>
    </message>
</context>
<context>
    <name>ConnectionWizardAdvice</name>
    <message>
        <source>QQ Mail does not accept your QQ password here: it needs an authorization code (授权码). In QQ Mail on the web open Settings → Account, turn on the POP3/SMTP service, generate an authorization code and enter that code as the password.</source>
        <translation>QQ 信箱不接受在這裡使用 QQ 密碼：它需要授權碼（授权码）。請在網頁版 QQ 信箱中開啟「設定 → 帳戶」，開啟 POP3/SMTP 服務，產生授權碼，並把授權碼當作密碼填入。</translation>
    </message>
    <message>
        <source>Tencent Exmail: when WeChat secure login is on, the mailbox password is refused. Create a client-specific password (客户端专用密码) in the web mail&apos;s settings and enter it as the password.</source>
        <translation>騰訊企業信箱：開啟微信安全登入後，信箱密碼會被拒絕。請在網頁版信箱的設定中產生用戶端專用密碼（客户端专用密码），並把它當作密碼填入。</translation>
    </message>
    <message>
        <source>NetEase Mail (163, 126, yeah.net) needs SMTP switched on and a client authorization code (客户端授权码): in the web mail open Settings → POP3/SMTP/IMAP, turn on the SMTP service, create an authorization code and enter it as the password instead of your login password.</source>
        <translation>網易信箱（163、126、yeah.net）需要開啟 SMTP 並使用用戶端授權碼（客户端授权码）：請在網頁版信箱中開啟「設定 → POP3/SMTP/IMAP」，開啟 SMTP 服務，產生授權碼，並用它代替登入密碼填入。</translation>
    </message>
    <message>
        <source>Sina Mail: turn on the client POP/IMAP/SMTP service in the web mail&apos;s settings and enter the authorization code it gives you as the password.</source>
        <translation>新浪信箱：請在網頁版信箱的設定中開啟用戶端 POP/IMAP/SMTP 服務，並把它給你的授權碼當作密碼填入。</translation>
    </message>
    <message>
        <source>Sohu Mail: turn on POP3/SMTP in the web mail&apos;s settings and use the independent password (独立密码) it asks you to set as the password.</source>
        <translation>搜狐信箱：請在網頁版信箱的設定中開啟 POP3/SMTP，並使用它要求你設定的獨立密碼（独立密码）作為密碼。</translation>
    </message>
    <message>
        <source>Aliyun Mail: check in the web mail&apos;s settings that POP3/SMTP access is turned on, then use your mailbox password.</source>
        <translation>阿里雲信箱：請在網頁版信箱的設定中確認已開啟 POP3/SMTP 存取，然後使用信箱密碼。</translation>
    </message>
    <message>
        <source>139 Mail: turn on POP/SMTP in the web mail&apos;s settings; if it gives you an authorization code, enter that code as the password.</source>
        <translation>139 信箱：請在網頁版信箱的設定中開啟 POP/SMTP；如果它給了你授權碼，請把授權碼當作密碼填入。</translation>
    </message>
    <message>
        <source>Yahoo Mail needs an app password: in your Yahoo account&apos;s security settings choose &quot;Generate app password&quot; and enter it here instead of your Yahoo password.</source>
        <translation>Yahoo 信箱需要應用程式密碼：請在 Yahoo 帳號的安全性設定中選擇「產生應用程式密碼」，然後在這裡填入它，而不是 Yahoo 密碼。</translation>
    </message>
    <message>
        <source>iCloud Mail needs an app-specific password: create one at appleid.apple.com (Sign-In and Security → App-Specific Passwords) and enter it here. The user name is your full iCloud address.</source>
        <translation>iCloud 郵件需要 App 專用密碼：請在 appleid.apple.com（登入與安全性 → App 專用密碼）建立一組，然後在這裡填入。使用者名稱是完整的 iCloud 位址。</translation>
    </message>
    <message>
        <source>GMX: turn on POP3/IMAP access in the web mail&apos;s settings, then use your GMX password (or an application-specific password when two-factor authentication is on).</source>
        <translation>GMX：請在網頁版信箱的設定中開啟 POP3/IMAP 存取，然後使用 GMX 密碼（開啟雙重驗證時使用應用程式專用密碼）。</translation>
    </message>
    <message>
        <source>Zoho Mail: with two-factor authentication on, create an application-specific password (Zoho Accounts → Security → App Passwords) and enter it here; check also that SMTP access is allowed in Mail Settings.</source>
        <translation>Zoho 信箱：開啟雙重驗證時，請建立應用程式專用密碼（Zoho 帳戶 → 安全性 → 應用程式密碼）並在這裡填入；同時確認郵件設定中允許 SMTP 存取。</translation>
    </message>
    <message>
        <source>Fastmail needs an app password: Settings → Privacy &amp; Security → App passwords, create one that may send mail (SMTP) and enter it here.</source>
        <translation>Fastmail 需要應用程式密碼：在「設定 → 隱私與安全性 → 應用程式密碼」中建立一組可以傳送郵件（SMTP）的密碼，然後在這裡填入。</translation>
    </message>
    <message>
        <source>Yandex Mail: allow mail programs in the mail settings (Mail clients) and create an app password for mail; enter it here instead of your Yandex password.</source>
        <translation>Yandex 信箱：請在郵件設定（郵件用戶端）中允許郵件程式存取，並建立一組用於郵件的應用程式密碼；在這裡填入它，而不是 Yandex 密碼。</translation>
    </message>
    <message>
        <source>Proton Mail works only through Proton Mail Bridge: start the Bridge and use the user name and the password the Bridge shows, not your Proton password. The Bridge has its own certificate: trust it when Qourier asks.</source>
        <translation>Proton Mail 只能透過 Proton Mail Bridge 使用：請啟動 Bridge，並使用 Bridge 顯示的使用者名稱和密碼，而不是 Proton 密碼。Bridge 有自己的憑證：Qourier 詢問時請信任它。</translation>
    </message>
    <message>
        <source>HiNet: msa.hinet.net accepts mail after sign-in with your HiNet mailbox&apos;s full address and its password; check both in HiNet&apos;s web mail.</source>
        <translation>HiNet：msa.hinet.net 需要用 HiNet 信箱的完整位址和密碼登入後才接收郵件；請在 HiNet 網頁版信箱中核對這兩項。</translation>
    </message>
    <message>
        <source>PChome Mail: check that POP3/SMTP access is turned on in the web mail&apos;s settings, then use your full address and mailbox password.</source>
        <translation>PChome 信箱：請確認網頁版信箱的設定中已開啟 POP3/SMTP 存取，然後使用完整位址和信箱密碼。</translation>
    </message>
    <message>
        <source>The certificate of %1 has changed</source>
        <translation>%1 的憑證已變更</translation>
    </message>
    <message>
        <source>This is not the certificate you trusted for this account. Servers renew their certificates, but a different certificate is also what someone intercepting the connection would show. Trust the new one only if the server&apos;s administrator confirms its fingerprint.</source>
        <translation>這不是你為這個帳號信任的憑證。伺服器會更新憑證，但攔截連線的人出示的也會是一張不同的憑證。只有在伺服器管理員確認了它的指紋後才信任新憑證。</translation>
    </message>
    <message>
        <source>No certificate authority that Qourier trusts vouches for this server&apos;s certificate. If you know the server (your company&apos;s, a test server, Proton Mail Bridge), compare the fingerprint below with the one its administrator gives you and trust exactly this certificate for this account. Nothing else changes: any other certificate will be asked about again.</source>
        <translation>沒有任何 Qourier 信任的憑證授權單位為這台伺服器的憑證擔保。如果你了解這台伺服器（公司的伺服器、測試伺服器、Proton Mail Bridge），請把下面的指紋與管理員提供的指紋進行比對，然後只為這個帳號信任這一張憑證。其他都不會改變：遇到任何其他憑證時仍會再次詢問。</translation>
    </message>
    <message>
        <source>The server does not offer encryption (STARTTLS) on port %1, so Qourier stopped before sending your password.</source>
        <translation>伺服器在連接埠 %1 上不提供加密（STARTTLS），所以 Qourier 在傳送密碼之前就停止了。</translation>
    </message>
    <message>
        <source>Try SSL/TLS on port 465. Choose no encryption only if this server really offers none, and only after confirming that you understand the risks.</source>
        <translation>請嘗試在連接埠 465 上使用 SSL/TLS。只有在這台伺服器確實不提供加密時才選擇不加密，並且要先確認你了解其中的風險。</translation>
    </message>
    <message>
        <source>Try STARTTLS on Port 587</source>
        <translation>嘗試在連接埠 587 上使用 STARTTLS</translation>
    </message>
    <message>
        <source>Try SSL/TLS on Port 465</source>
        <translation>嘗試在連接埠 465 上使用 SSL/TLS</translation>
    </message>
    <message>
        <source>Servers listen for SSL/TLS on port 465 and for STARTTLS on port 587; a firewall may also block one of them.</source>
        <translation>伺服器在連接埠 465 上監聽 SSL/TLS，在連接埠 587 上監聽 STARTTLS；防火牆也可能封鎖其中一個。</translation>
    </message>
    <message>
        <source>Google does not accept your normal Google password here. Turn on 2-Step Verification for your Google account, then create an app password (Google Account → Security → App passwords) and enter its 16 letters as the password — or go back and choose Sign in with Google, which needs no password here at all.</source>
        <translation>Google 不接受在這裡使用你平常的 Google 密碼。請為 Google 帳號開啟兩步驟驗證，然後建立一組應用程式密碼（Google 帳戶 → 安全性 → 應用程式密碼），將它的 16 個字母填作密碼——或者返回並選擇「透過 Google 登入」，這樣這裡完全不需要密碼。</translation>
    </message>
    <message>
        <source>Microsoft has turned off password sign-in (basic authentication) for SMTP on most Outlook.com, Hotmail and Live accounts, so even the right password is refused. Go back to the first page and choose Sign in with Microsoft instead of a password.</source>
        <translation>Microsoft 已為大多數 Outlook.com、Hotmail 和 Live 帳號關閉 SMTP 的密碼登入（基本驗證），所以即使密碼正確也會被拒絕。請返回第一頁，選擇「透過 Microsoft 登入」，而不是輸入密碼。</translation>
    </message>
    <message>
        <source>Microsoft 365 turns password sign-in for SMTP (SMTP AUTH) off by default. Your administrator can turn on &quot;Authenticated SMTP&quot; for your mailbox; otherwise go back to the first page and choose Sign in with Microsoft instead of a password.</source>
        <translation>Microsoft 365 預設關閉 SMTP 的密碼登入（SMTP AUTH）。管理員可以為你的信箱開啟「已驗證的 SMTP」；否則請返回第一頁，選擇「透過 Microsoft 登入」，而不是輸入密碼。</translation>
    </message>
</context>
<context>
    <name>ConnectionWizardController</name>
    <message>
        <source>the keychain did not answer in time</source>
        <translation>金鑰圈沒有及時回應</translation>
    </message>
    <message>
        <source>no keychain is available</source>
        <translation>沒有可用的金鑰圈</translation>
    </message>
    <message>
        <source>no keychain is available: %1</source>
        <translation>沒有可用的金鑰圈：%1</translation>
    </message>
    <message>
        <source>No settings found for %1. Enter the outgoing (SMTP) server your provider gives you.</source>
        <translation>沒有找到 %1 的設定。請填入郵件服務商提供的外寄（SMTP）伺服器。</translation>
    </message>
    <message>
        <source>Found in Qourier&apos;s list of providers: %1.</source>
        <translation>在 Qourier 的郵件服務商清單中找到：%1。</translation>
    </message>
    <message>
        <source>Found in the settings %1 publishes at %2.</source>
        <translation>在 %1 發布於 %2 的設定中找到。</translation>
    </message>
    <message>
        <source>Found in the DNS of %1 (the %2 record). DNS can be forged, so the test checks the server&apos;s certificate for this name.</source>
        <translation>在 %1 的 DNS（%2 記錄）中找到。DNS 可能被偽造，所以測試會檢查伺服器憑證是否屬於這個名稱。</translation>
    </message>
    <message>
        <source>Mail for %1 is handled by %2 (its MX host is %3), so Qourier uses %2&apos;s server.</source>
        <translation>%1 的郵件由 %2 處理（其 MX 主機是 %3），所以 Qourier 使用 %2 的伺服器。</translation>
    </message>
    <message>
        <source>Found by trying likely servers: %1 answered on port %2.</source>
        <translation>透過嘗試可能的伺服器找到：%1 在連接埠 %2 上作出了回應。</translation>
    </message>
    <message>
        <source>Signed in with %1; the sign-in is kept in your system&apos;s keychain.</source>
        <translation>已透過 %1 登入；登入授權儲存在系統鑰匙圈中。</translation>
    </message>
    <message>
        <source>%1 prefers that you sign in on its own page (OAuth 2), but this copy of Qourier has no OAuth client id for %1. To use it, register Qourier with %1 as a desktop app and set the client id as &quot;%2&quot; in %3. Until then, type an app password above.</source>
        <translation>%1 希望你在它自己的頁面上登入（OAuth 2），但這份 Qourier 沒有 %1 的 OAuth 用戶端 ID。要使用這種登入方式，請在 %1 將 Qourier 註冊為桌面應用程式，然後在 %3 中把用戶端 ID 設定為「%2」。在此之前，請在上方輸入應用程式密碼。</translation>
    </message>
    <message>
        <source>Your web browser shows %1&apos;s sign-in page now. Sign in there and allow Qourier to send mail; then come back here.</source>
        <translation>你的網頁瀏覽器現在會顯示 %1 的登入頁面。請在那裡登入並允許 Qourier 寄送郵件，然後回到這裡。</translation>
    </message>
    <message>
        <source>Signing in with %1 did not work: %2</source>
        <translation>透過 %1 登入未成功：%2</translation>
    </message>
    <message>
        <source>Signed in with %1. Qourier sends with this sign-in and never sees your password; click Next to test it.</source>
        <translation>已透過 %1 登入。Qourier 用這個登入授權寄信，永遠不會看到你的密碼；按「下一步」進行測試。</translation>
    </message>
    <message>
        <source>%1 may refuse a password here: go Back and choose Sign in with %2, or use an app password.</source>
        <translation>%1 可能會在這裡拒絕密碼：請按「返回」並選擇「透過 %2 登入」，或改用應用程式密碼。</translation>
    </message>
</context>
<context>
    <name>ConnectionWizardFindPage</name>
    <message>
        <source>Outgoing server</source>
        <translation>外寄伺服器</translation>
    </message>
    <message>
        <source>Qourier looks up the server for your address and says where it found it. Correct anything your provider tells you otherwise.</source>
        <translation>Qourier 會為你的位址查找伺服器，並說明在哪裡找到的。如果郵件服務商提供的資訊不同，請加以更正。</translation>
    </message>
    <message>
        <source>Enter Settings Myself</source>
        <translation>自行填寫設定</translation>
    </message>
    <message>
        <source>Find Again</source>
        <translation>重新查找</translation>
    </message>
    <message>
        <source>smtp.example.org</source>
        <translation>smtp.example.org</translation>
    </message>
    <message>
        <source>I understand the risks</source>
        <translation>我了解其中的風險</translation>
    </message>
    <message>
        <source>Without encryption, your password and every message travel as readable text: anyone on the way can read and change them.</source>
        <translation>不加密時，你的密碼和每封郵件都以可讀的文字傳輸：途中的任何人都能讀取並竄改它們。</translation>
    </message>
    <message>
        <source>empty: no sign-in</source>
        <translation>留空：不登入</translation>
    </message>
    <message>
        <source>Automatic (the safest the server offers)</source>
        <translation>自動（伺服器提供的最安全方式）</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>伺服器(&amp;S)：</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>安全性(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>使用者名稱(&amp;U)：</translation>
    </message>
    <message>
        <source>Sign-in &amp;method:</source>
        <translation>登入方式(&amp;M)：</translation>
    </message>
    <message>
        <source>Connect through a &amp;proxy</source>
        <translation>透過代理伺服器連線(&amp;P)</translation>
    </message>
    <message>
        <source>SOCKS5</source>
        <translation>SOCKS5</translation>
    </message>
    <message>
        <source>HTTP (CONNECT)</source>
        <translation>HTTP（CONNECT）</translation>
    </message>
    <message>
        <source>Enter the outgoing (SMTP) server your provider gives you.</source>
        <translation>請填入郵件服務商提供的外寄（SMTP）伺服器。</translation>
    </message>
    <message>
        <source>Looking up the settings for %1…</source>
        <translation>正在查找 %1 的設定…</translation>
    </message>
    <message>
        <source>SSL/TLS (encrypted from the start)</source>
        <translation>SSL/TLS（從一開始就加密）</translation>
    </message>
    <message>
        <source>STARTTLS (encrypted after connecting)</source>
        <translation>STARTTLS（連線後加密）</translation>
    </message>
    <message>
        <source>None (not encrypted)</source>
        <translation>無（不加密）</translation>
    </message>
    <message>
        <source>The saved settings of this account.</source>
        <translation>這個帳號已儲存的設定。</translation>
    </message>
    <message>
        <source>This server offers no encryption. Use it only if you understand the risks, or ask your provider for a secure server.</source>
        <translation>這台伺服器不提供加密。只有在你了解其中風險時才使用它，或是向郵件服務商索取安全的伺服器。</translation>
    </message>
    <message>
        <source>System proxy settings</source>
        <translation>系統代理伺服器設定</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>連接埠(&amp;O)：</translation>
    </message>
    <message>
        <source>Pro&amp;xy server:</source>
        <translation>代理伺服器(&amp;X)：</translation>
    </message>
    <message>
        <source>Proxy type</source>
        <translation>代理類型</translation>
    </message>
    <message>
        <source>Proxy server</source>
        <translation>代理伺服器</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>代理連接埠</translation>
    </message>
    <message>
        <source>Proxy use&amp;r:</source>
        <translation>代理使用者名稱(&amp;R)：</translation>
    </message>
    <message>
        <source>Proxy pass&amp;word:</source>
        <translation>代理密碼(&amp;W)：</translation>
    </message>
</context>
<context>
    <name>ConnectionWizardSavePage</name>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>The test passed. Name the account and add a signature if you like.</source>
        <translation>測試通過。請為帳號命名，如果願意，還可以加上簽名。</translation>
    </message>
    <message>
        <source>Account &amp;name:</source>
        <translation>帳號名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>Si&amp;gnature:</source>
        <translation>簽名(&amp;G)：</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在儲存…</translation>
    </message>
    <message>
        <source>The account was not saved: %1</source>
        <translation>帳號未儲存：%1</translation>
    </message>
    <message>
        <source>The account is saved, but the system keychain did not take the password (%1). Qourier will ask for it each time it sends; it never writes it to a file. Click Finish to close.</source>
        <translation>帳號已儲存，但系統金鑰圈沒有接收密碼（%1）。Qourier 每次傳送時都會詢問密碼；它絕不會把密碼寫入檔案。按一下「完成」關閉。</translation>
    </message>
</context>
<context>
    <name>ConnectionWizardTestPage</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>測試</translation>
    </message>
    <message>
        <source>Qourier connects, sets up encryption, asks what the server offers, signs in and says goodbye. It sends no message.</source>
        <translation>Qourier 會連線、建立加密、詢問伺服器提供哪些功能、登入，然後道別。它不會傳送任何郵件。</translation>
    </message>
    <message>
        <source>Trust This Certificate for This Account</source>
        <translation>為這個帳號信任此憑證</translation>
    </message>
    <message>
        <source>Test Again</source>
        <translation>再次測試</translation>
    </message>
    <message>
        <source>Show Transcript</source>
        <translation>顯示對話記錄</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>連線</translation>
    </message>
    <message>
        <source>Encryption (TLS)</source>
        <translation>加密（TLS）</translation>
    </message>
    <message>
        <source>Server capabilities (EHLO)</source>
        <translation>伺服器功能（EHLO）</translation>
    </message>
    <message>
        <source>Sign-in (AUTH)</source>
        <translation>登入（AUTH）</translation>
    </message>
    <message>
        <source>Goodbye (QUIT)</source>
        <translation>道別（QUIT）</translation>
    </message>
    <message>
        <source>Testing %1 port %2…</source>
        <translation>正在測試 %1 連接埠 %2…</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2…</source>
        <translation>正在連線到 %1 連接埠 %2…</translation>
    </message>
    <message>
        <source>Connected to %1 port %2.</source>
        <translation>已連線到 %1 連接埠 %2。</translation>
    </message>
    <message>
        <source>Setting up encryption…</source>
        <translation>正在建立加密…</translation>
    </message>
    <message>
        <source>Not encrypted: you chose clear text and accepted the risks.</source>
        <translation>未加密：你選擇了明文並接受了其中的風險。</translation>
    </message>
    <message>
        <source>Asking what the server offers…</source>
        <translation>正在詢問伺服器提供哪些功能…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登入…</translation>
    </message>
    <message>
        <source>No user name: the server is used without signing in.</source>
        <translation>沒有使用者名稱：不登入就使用伺服器。</translation>
    </message>
    <message>
        <source>Said goodbye. No message was sent.</source>
        <translation>已道別。沒有傳送任何郵件。</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1，使用 %2</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>伺服器：%1</translation>
    </message>
    <message>
        <source>Largest message: %1</source>
        <translation>最大郵件：%1</translation>
    </message>
    <message>
        <source>Largest message: no fixed limit</source>
        <translation>最大郵件：沒有固定限制</translation>
    </message>
    <message>
        <source>Largest message: not announced</source>
        <translation>最大郵件：未公布</translation>
    </message>
    <message>
        <source>PIPELINING: %1 · 8BITMIME: %2 · SMTPUTF8: %3</source>
        <translation>PIPELINING：%1 · 8BITMIME：%2 · SMTPUTF8：%3</translation>
    </message>
    <message>
        <source>Sign-in methods: %1</source>
        <translation>登入方式：%1</translation>
    </message>
    <message>
        <source>none offered</source>
        <translation>未提供</translation>
    </message>
    <message>
        <source>Signed in with %1.</source>
        <translation>已使用 %1 登入。</translation>
    </message>
    <message>
        <source>Everything works: %1 accepted the connection%2. No message was sent.</source>
        <translation>一切正常：%1 接受了連線%2。沒有傳送任何郵件。</translation>
    </message>
    <message>
        <source> and your sign-in</source>
        <translation>和你的登入</translation>
    </message>
    <message>
        <source>The test stopped. What went wrong and what to do:</source>
        <translation>測試已停止。出了什麼問題，以及該怎麼做：</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>伺服器回覆：%1</translation>
    </message>
    <message>
        <source>Trust the New Certificate for This Account</source>
        <translation>為這個帳號信任新憑證</translation>
    </message>
    <message>
        <source>Connection Transcript</source>
        <translation>連線對話記錄</translation>
    </message>
    <message>
        <source>Passwords and sign-in data are hidden. Lines starting with C: are Qourier&apos;s, S: the server&apos;s, * what Qourier did.</source>
        <translation>密碼和登入資料已隱藏。以 C: 開頭的行來自 Qourier，S: 來自伺服器，* 表示 Qourier 執行的動作。</translation>
    </message>
</context>
<context>
    <name>ConnectionWizardWhoPage</name>
    <message>
        <source>Who are you?</source>
        <translation>你是誰？</translation>
    </message>
    <message>
        <source>Your name and address appear in the From line of your messages.</source>
        <translation>你的姓名和位址會顯示在郵件的「寄件者」一行中。</translation>
    </message>
    <message>
        <source>Alice Example</source>
        <translation>王小明</translation>
    </message>
    <message>
        <source>alice@example.org</source>
        <translation>xiaoming@example.tw</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>顯示密碼</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;E-mail address:</source>
        <translation>電子郵件位址(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <source>Some providers want an app password or an authorization code here instead of the password you sign in to their website with; the test on a later page tells you. Qourier keeps the password in your system&apos;s keychain, never in a file. Leave it empty if your server needs no sign-in.</source>
        <translation>有些郵件服務商要求在這裡填寫應用程式密碼或授權碼，而不是你登入其網站時使用的密碼；後面一頁的測試會告訴你。Qourier 把密碼儲存在系統金鑰圈中，絕不寫入檔案。如果伺服器不需要登入，請留空。</translation>
    </message>
    <message>
        <source>This address cannot be used: %1.</source>
        <translation>無法使用這個位址：%1。</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>登入狀態</translation>
    </message>
    <message>
        <source>Sign in with %1 again</source>
        <translation>重新透過 %1 登入</translation>
    </message>
    <message>
        <source>Sign in with %1</source>
        <translation>透過 %1 登入</translation>
    </message>
    <message>
        <source>Opens %1&apos;s sign-in page in your web browser. Qourier never sees your %1 password.</source>
        <translation>在網頁瀏覽器中開啟 %1 的登入頁面。Qourier 永遠不會看到你的 %1 密碼。</translation>
    </message>
    <message>
        <source>not needed: signed in with %1</source>
        <translation>不需要：已透過 %1 登入</translation>
    </message>
    <message>
        <source>or an app password instead of signing in</source>
        <translation>或者不登入，改用應用程式密碼</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <comment>show the password</comment>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Show the password (%1)</source>
        <translation>顯示密碼（%1）</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <source>Drafts</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>&amp;Saved drafts:</source>
        <translation>已儲存的草稿(&amp;S)：</translation>
    </message>
    <message>
        <source>Saved drafts</source>
        <translation>已儲存的草稿</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主旨</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>收件者</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>儲存時間</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開啟(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>刪除(&amp;D)</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>（無主旨）</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>preparing the connection</source>
        <translation>準備連線</translation>
    </message>
    <message>
        <source>connecting to the server</source>
        <translation>連線到伺服器</translation>
    </message>
    <message>
        <source>setting up encryption (TLS)</source>
        <translation>建立加密（TLS）</translation>
    </message>
    <message>
        <source>waiting for the server&apos;s greeting</source>
        <translation>等待伺服器的問候</translation>
    </message>
    <message>
        <source>introducing Qourier to the server (EHLO)</source>
        <translation>向伺服器介紹 Qourier（EHLO）</translation>
    </message>
    <message>
        <source>asking the server to start encryption (STARTTLS)</source>
        <translation>要求伺服器開始加密（STARTTLS）</translation>
    </message>
    <message>
        <source>signing in</source>
        <translation>登入</translation>
    </message>
    <message>
        <source>between two messages</source>
        <translation>兩封郵件之間</translation>
    </message>
    <message>
        <source>announcing the sender (MAIL FROM)</source>
        <translation>宣告寄件者（MAIL FROM）</translation>
    </message>
    <message>
        <source>announcing the recipients (RCPT TO)</source>
        <translation>宣告收件者（RCPT TO）</translation>
    </message>
    <message>
        <source>starting the message transfer (DATA)</source>
        <translation>開始傳輸郵件（DATA）</translation>
    </message>
    <message>
        <source>uploading the message</source>
        <translation>上傳郵件</translation>
    </message>
    <message>
        <source>waiting for the server to accept the message</source>
        <translation>等待伺服器接收郵件</translation>
    </message>
    <message>
        <source>resetting the transaction (RSET)</source>
        <translation>重設交易（RSET）</translation>
    </message>
    <message>
        <source>closing the connection (QUIT)</source>
        <translation>關閉連線（QUIT）</translation>
    </message>
    <message>
        <source>Issued to: %1</source>
        <translation>發給：%1</translation>
    </message>
    <message>
        <source>Valid for: %1</source>
        <translation>適用於：%1</translation>
    </message>
    <message>
        <source>Issued by: %1</source>
        <translation>簽發者：%1</translation>
    </message>
    <message>
        <source>Self-signed: it vouches for itself; no authority checked it.</source>
        <translation>自我簽署：它為自己擔保，沒有任何憑證授權單位核驗過。</translation>
    </message>
    <message>
        <source>Valid from %1 to %2</source>
        <translation>有效期間：%1 至 %2</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256 指紋：%1</translation>
    </message>
    <message>
        <source>the mail server</source>
        <translation>郵件伺服器</translation>
    </message>
    <message>
        <source>Cannot send: something in the message or the account is not usable</source>
        <translation>無法傳送：郵件或帳號中有內容無法使用</translation>
    </message>
    <message>
        <source>Qourier checked the message and the settings before connecting and stopped.</source>
        <translation>Qourier 在連線之前檢查了郵件和設定，然後停止了。</translation>
    </message>
    <message>
        <source>Check that there is at least one recipient, that no address contains a line break, and that the server name is filled in.</source>
        <translation>請檢查：至少有一位收件者，地址中沒有換行，並且已填寫伺服器名稱。</translation>
    </message>
    <message>
        <source>Could not find %1</source>
        <translation>找不到 %1</translation>
    </message>
    <message>
        <source>The server name %1 could not be turned into an address (DNS lookup failed).</source>
        <translation>無法將伺服器名稱 %1 解析為 IP 位址（DNS 查詢失敗）。</translation>
    </message>
    <message>
        <source>Check the spelling of the server name (for example smtp.gmail.com or smtp.qq.com) and that this computer is online.</source>
        <translation>請檢查伺服器名稱的拼寫（例如 smtp.gmail.com 或 smtp.qq.com），並確認這台電腦已連上網路。</translation>
    </message>
    <message>
        <source>Could not connect to %1</source>
        <translation>無法連線到 %1</translation>
    </message>
    <message>
        <source>The server refused the connection: nothing answers on that port.</source>
        <translation>伺服器拒絕了連線：該連接埠上沒有服務回應。</translation>
    </message>
    <message>
        <source>Check the port: 465 is for implicit TLS, 587 for STARTTLS. Some networks also block outgoing mail ports.</source>
        <translation>請檢查連接埠：465 用於隱含式 TLS，587 用於 STARTTLS。有些網路也會封鎖寄信的連接埠。</translation>
    </message>
    <message>
        <source>The connection to %1 failed</source>
        <translation>與 %1 的連線失敗</translation>
    </message>
    <message>
        <source>A network error interrupted the connection.</source>
        <translation>網路錯誤中斷了連線。</translation>
    </message>
    <message>
        <source>Check that this computer is online, then try again.</source>
        <translation>請確認這台電腦已連上網路，然後再試一次。</translation>
    </message>
    <message>
        <source>The proxy could not reach %1</source>
        <translation>代理伺服器無法連到 %1</translation>
    </message>
    <message>
        <source>%1 did not answer in time</source>
        <translation>%1 未及時回應</translation>
    </message>
    <message>
        <source>No answer arrived while %1.</source>
        <translation>在%1時沒有收到回覆。</translation>
    </message>
    <message>
        <source>A firewall or the network may be dropping the connection silently. Try the other port (465 or 587) or another network.</source>
        <translation>防火牆或網路可能在默默丟棄連線。請改用另一個連接埠（465 或 587）或換一個網路。</translation>
    </message>
    <message>
        <source>The security setting may not match the port: 465 is for implicit TLS, 587 for STARTTLS.</source>
        <translation>安全性設定可能與連接埠不符：465 用於隱含式 TLS，587 用於 STARTTLS。</translation>
    </message>
    <message>
        <source>The server or the network is slow right now; try again later.</source>
        <translation>伺服器或網路目前較慢，請稍後再試。</translation>
    </message>
    <message>
        <source>Could not set up a secure connection to %1</source>
        <translation>無法與 %1 建立安全連線</translation>
    </message>
    <message>
        <source>The encryption (TLS) handshake failed.</source>
        <translation>加密（TLS）交握失敗。</translation>
    </message>
    <message>
        <source>Check that the security setting matches the port: 465 is for implicit TLS, 587 for STARTTLS. Choosing the wrong one fails exactly like this.</source>
        <translation>請檢查安全性設定是否與連接埠相符：465 用於隱含式 TLS，587 用於 STARTTLS。選錯了就會出現這種失敗。</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted</source>
        <translation>%1 的憑證不受信任</translation>
    </message>
    <message>
        <source>The server showed a certificate that could not be verified.</source>
        <translation>伺服器出示的憑證無法驗證。</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>問題：%1</translation>
    </message>
    <message>
        <source>Trust this certificate only if you recognise it, for example because your administrator gave you the same SHA-256 fingerprint. Otherwise someone may be intercepting the connection.</source>
        <translation>只有在你認得這個憑證時才信任它，例如管理員給過你相同的 SHA-256 指紋。否則可能有人在攔截這個連線。</translation>
    </message>
    <message>
        <source>%1 offered no encryption</source>
        <translation>%1 不提供加密</translation>
    </message>
    <message>
        <source>The server did not offer STARTTLS, or refused it.</source>
        <translation>伺服器沒有提供 STARTTLS，或是拒絕了它。</translation>
    </message>
    <message>
        <source>Qourier never sends in clear text. Try port 465 with implicit TLS.</source>
        <translation>Qourier 絕不以明文傳送。請嘗試使用連接埠 465 和隱含式 TLS。</translation>
    </message>
    <message>
        <source>Qourier refused an unencrypted connection to %1</source>
        <translation>Qourier 拒絕了與 %1 的未加密連線</translation>
    </message>
    <message>
        <source>The account asks for clear text, or the server wanted the password without encryption.</source>
        <translation>帳號設定要求使用明文，或是伺服器要求在未加密的情況下傳送密碼。</translation>
    </message>
    <message>
        <source>Choose STARTTLS on port 587 or implicit TLS on port 465. Clear text only makes sense for a test server on your own computer.</source>
        <translation>請選擇連接埠 587 的 STARTTLS 或連接埠 465 的隱含式 TLS。明文只適用於你自己電腦上的測試伺服器。</translation>
    </message>
    <message>
        <source>%1 answered in a way Qourier does not understand</source>
        <translation>%1 的回覆 Qourier 無法理解</translation>
    </message>
    <message>
        <source>The server sent data right after agreeing to STARTTLS, before encryption began. This can be an attack, so Qourier stopped.</source>
        <translation>伺服器在同意 STARTTLS 之後、加密開始之前就送出了資料。這可能是攻擊，所以 Qourier 停止了。</translation>
    </message>
    <message>
        <source>The server&apos;s reply does not follow the SMTP protocol.</source>
        <translation>伺服器的回覆不符合 SMTP 協定。</translation>
    </message>
    <message>
        <source>Check that the host and port belong to an outgoing mail (SMTP) server, not to an IMAP, POP3 or web server.</source>
        <translation>請確認主機和連接埠屬於寄信（SMTP）伺服器，而不是 IMAP、POP3 或網頁伺服器。</translation>
    </message>
    <message>
        <source>%1 is not available right now</source>
        <translation>%1 暫時無法使用</translation>
    </message>
    <message>
        <source>The server closed the service or turned the connection away.</source>
        <translation>伺服器關閉了服務或拒絕了連線。</translation>
    </message>
    <message>
        <source>Try again later. If it keeps happening, the server may be limiting how often you send or refusing your network.</source>
        <translation>請稍後再試。如果一直如此，伺服器可能在限制你的傳送頻率，或是拒絕你所在的網路。</translation>
    </message>
    <message>
        <source>%1 refused Qourier&apos;s greeting</source>
        <translation>%1 拒絕了 Qourier 的問候</translation>
    </message>
    <message>
        <source>The server refused both EHLO and HELO.</source>
        <translation>伺服器拒絕了 EHLO 和 HELO。</translation>
    </message>
    <message>
        <source>Some servers refuse a computer name that is not a real domain: set a host name for EHLO in the account settings, or ask the provider.</source>
        <translation>有些伺服器會拒絕不是真實網域的電腦名稱：請在帳號設定中為 EHLO 設定主機名稱，或是詢問郵件服務商。</translation>
    </message>
    <message>
        <source>%1 offers no sign-in method Qourier can use</source>
        <translation>%1 沒有提供 Qourier 可用的登入方式</translation>
    </message>
    <message>
        <source>A user name and password are set, but the server offered no suitable way to sign in.</source>
        <translation>已設定使用者名稱和密碼，但伺服器沒有提供合適的登入方式。</translation>
    </message>
    <message>
        <source>Many servers only offer sign-in after encryption starts: check the security setting. Otherwise ask the provider which method to use.</source>
        <translation>許多伺服器只在加密開始後才提供登入：請檢查安全性設定。否則請向郵件服務商詢問應使用哪種方式。</translation>
    </message>
    <message>
        <source>Signing in to %1 failed</source>
        <translation>登入 %1 失敗</translation>
    </message>
    <message>
        <source>The server did not accept the user name and password.</source>
        <translation>伺服器不接受該使用者名稱和密碼。</translation>
    </message>
    <message>
        <source>Check the user name and password. Many providers need an app password or authorization code instead of your usual password (Gmail: app password; QQ Mail/163: 授权码), and some need SMTP turned on in their web settings first.</source>
        <translation>請檢查使用者名稱和密碼。許多郵件服務商要求使用應用程式密碼或授權碼，而不是平常的登入密碼（Gmail：應用程式密碼；QQ 信箱/163：授權碼），有些還需要先在網頁版設定中開啟 SMTP 服務。</translation>
    </message>
    <message>
        <source>This server says the sign-in method is too weak: it wants an app password.</source>
        <translation>該伺服器表示登入方式安全性太低：它要求使用應用程式密碼。</translation>
    </message>
    <message>
        <source>The sign-in token for %1 has expired</source>
        <translation>%1 的登入權杖已過期</translation>
    </message>
    <message>
        <source>The server rejected the access token as expired or invalid.</source>
        <translation>伺服器認為存取權杖已過期或無效，拒絕了它。</translation>
    </message>
    <message>
        <source>Sign in to the account again to get a new token.</source>
        <translation>請重新登入該帳號以取得新的權杖。</translation>
    </message>
    <message>
        <source>%1 refused the sender address</source>
        <translation>%1 拒絕了寄件者地址</translation>
    </message>
    <message>
        <source>The server did not accept the From address of this message.</source>
        <translation>伺服器不接受這封郵件的寄件者（From）地址。</translation>
    </message>
    <message>
        <source>The server wants you to sign in before sending: enter your user name and password.</source>
        <translation>伺服器要求先登入再傳送：請輸入使用者名稱和密碼。</translation>
    </message>
    <message>
        <source>Use the exact address of the account you sign in with; most providers refuse to send as any other address.</source>
        <translation>請使用與登入帳號完全相同的地址；大多數郵件服務商不允許以其他地址寄信。</translation>
    </message>
    <message>
        <source>%1 refused the recipients</source>
        <translation>%1 拒絕了收件者</translation>
    </message>
    <message>
        <source>The server did not accept any recipient of this message.</source>
        <translation>伺服器沒有接受這封郵件的任何收件者。</translation>
    </message>
    <message>
        <source>The mailbox does not exist: check the spelling of the address.</source>
        <translation>該信箱不存在：請檢查地址的拼寫。</translation>
    </message>
    <message>
        <source>The server only passes mail on for signed-in users: sign in, or send through your own provider&apos;s server.</source>
        <translation>該伺服器只為已登入的使用者轉寄郵件：請登入，或是透過你自己郵件服務商的伺服器傳送。</translation>
    </message>
    <message>
        <source>Check the spelling of the addresses; the server&apos;s words below say why it refused.</source>
        <translation>請檢查地址的拼寫；下方伺服器的原話說明了拒絕的原因。</translation>
    </message>
    <message>
        <source>The message is too large for %1</source>
        <translation>郵件太大，%1 無法接收</translation>
    </message>
    <message>
        <source>The server accepts messages up to %1.</source>
        <translation>伺服器接受的郵件最大為 %1。</translation>
    </message>
    <message>
        <source>The server refused the message because of its size.</source>
        <translation>伺服器因為郵件大小而拒絕了它。</translation>
    </message>
    <message>
        <source>Remove or shrink attachments. Attachments grow by about a third when they are sent.</source>
        <translation>請移除附加檔案或縮小附加檔案。附加檔案在傳送時會增大約三分之一。</translation>
    </message>
    <message>
        <source>%1 cannot handle this address</source>
        <translation>%1 無法處理這個地址</translation>
    </message>
    <message>
        <source>An address contains non-ASCII characters, but the server does not support them (SMTPUTF8).</source>
        <translation>有地址包含非 ASCII 字元，但伺服器不支援（SMTPUTF8）。</translation>
    </message>
    <message>
        <source>Use an ASCII form of the address if the recipient has one, or send through another server.</source>
        <translation>如果收件者有純 ASCII 形式的地址，請使用它，或是透過其他伺服器傳送。</translation>
    </message>
    <message>
        <source>%1 cannot accept this message&apos;s encoding</source>
        <translation>%1 無法接受這封郵件的編碼</translation>
    </message>
    <message>
        <source>The message was prepared as 8-bit text, but the server only accepts 7-bit data (no 8BITMIME).</source>
        <translation>郵件已按 8 位元文字準備，但伺服器只接受 7 位元資料（不支援 8BITMIME）。</translation>
    </message>
    <message>
        <source>Send through another server, and please report this: Qourier should have encoded the message.</source>
        <translation>請透過其他伺服器傳送，並請回報此問題：Qourier 本應對郵件進行編碼。</translation>
    </message>
    <message>
        <source>%1 refused the message</source>
        <translation>%1 拒絕了這封郵件</translation>
    </message>
    <message>
        <source>The server did not accept the content of the message.</source>
        <translation>伺服器不接受這封郵件的內容。</translation>
    </message>
    <message>
        <source>Read the server&apos;s words below: usually a spam or virus filter, or a rule about the sender. If they are unclear, ask the provider.</source>
        <translation>請閱讀下方伺服器的原話：通常是垃圾郵件或病毒過濾，或是關於寄件者的規則。如果看不明白，請詢問郵件服務商。</translation>
    </message>
    <message>
        <source>Could not read the message</source>
        <translation>無法讀取郵件</translation>
    </message>
    <message>
        <source>Qourier could not read the message or an attachment while sending it.</source>
        <translation>Qourier 在傳送時無法讀取郵件或某個附加檔案。</translation>
    </message>
    <message>
        <source>Check that the attached files still exist and can be read, then send again.</source>
        <translation>請確認附加檔案仍然存在並且可以讀取，然後重新傳送。</translation>
    </message>
    <message>
        <source>%1 closed the connection</source>
        <translation>%1 關閉了連線</translation>
    </message>
    <message>
        <source>The server hung up before the conversation was finished.</source>
        <translation>伺服器在對話結束之前就斷線了。</translation>
    </message>
    <message>
        <source>Try again. If it happens every time, the port may be wrong or the server may be limiting connections.</source>
        <translation>請再試一次。如果每次都這樣，可能是連接埠不對，或是伺服器在限制連線。</translation>
    </message>
    <message>
        <source>Sending was cancelled</source>
        <translation>已取消傳送</translation>
    </message>
    <message>
        <source>You stopped it before it finished. A message the server had not yet accepted was not sent.</source>
        <translation>你在完成之前停止了操作。伺服器尚未接收的郵件沒有送出。</translation>
    </message>
    <message>
        <source>The server called the refusal temporary: trying again later may work.</source>
        <translation>伺服器表示這是暫時性的拒絕：稍後再試可能會成功。</translation>
    </message>
    <message>
        <source>The message may have been sent by %1</source>
        <translation>%1 可能已經送出了這封郵件</translation>
    </message>
    <message>
        <source>The connection ended after the whole message was sent, before the server confirmed it.</source>
        <translation>整封郵件傳送完畢後、伺服器確認之前，連線中斷了。</translation>
    </message>
    <message>
        <source>The server may have received it: check your Sent folder or ask a recipient before sending again, or it may arrive twice.</source>
        <translation>伺服器可能已經收到：重新傳送之前，請先查看「寄件備份」資料夾或詢問收件者，否則對方可能會收到兩封。</translation>
    </message>
    <message>
        <source>Could not use the proxy to reach %1</source>
        <translation>無法透過代理伺服器連到 %1</translation>
    </message>
    <message>
        <source>The proxy server could not be reached or did not follow its protocol.</source>
        <translation>無法連到代理伺服器，或是它沒有遵守代理協定。</translation>
    </message>
    <message>
        <source>Check the proxy&apos;s address, port and type (SOCKS5 or HTTP), or try without the proxy.</source>
        <translation>請檢查代理伺服器的地址、連接埠和類型（SOCKS5 或 HTTP），或不使用代理伺服器再試一次。</translation>
    </message>
    <message>
        <source>The proxy refused to sign you in</source>
        <translation>代理伺服器拒絕了你的登入</translation>
    </message>
    <message>
        <source>The proxy server wants a user name and password, or did not accept the ones given.</source>
        <translation>代理伺服器要求使用者名稱和密碼，或是不接受所提供的使用者名稱和密碼。</translation>
    </message>
    <message>
        <source>Check the proxy&apos;s user name and password in the account settings.</source>
        <translation>請在帳號設定中檢查代理伺服器的使用者名稱和密碼。</translation>
    </message>
    <message>
        <source>The proxy works, but it could not connect to the mail server.</source>
        <translation>代理伺服器可以使用，但它無法連線到郵件伺服器。</translation>
    </message>
    <message>
        <source>Check the server name and port; the proxy&apos;s network may also block mail ports.</source>
        <translation>請檢查伺服器名稱和連接埠；代理伺服器所在的網路也可能封鎖了郵件連接埠。</translation>
    </message>
</context>
<context>
    <name>GuiApplication</name>
    <message>
        <source>The sandbox server is not running; these are the messages it received before.</source>
        <translation>沙箱伺服器未在執行；這些是它先前收到的郵件。</translation>
    </message>
</context>
<context>
    <name>MailtoParser</name>
    <message>
        <source>This is not a mailto: link.</source>
        <translation>這不是 mailto: 連結。</translation>
    </message>
    <message>
        <source>The &quot;%1&quot; part of the link is not valid UTF-8.</source>
        <translation>連結中的「%1」部分不是有效的 UTF-8。</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; in the link contains a line break or another control character.</source>
        <translation>連結中的地址「%1」包含換行符號或其他控制字元。</translation>
    </message>
</context>
<context>
    <name>MessageBuilder</name>
    <message>
        <source>To</source>
        <translation>收件者</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>副本</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>密件副本</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; cannot be created for the message&apos;s images.</source>
        <translation>無法為郵件中的圖片建立資料夾「%1」。</translation>
    </message>
    <message>
        <source>An image in the message cannot be saved to &quot;%1&quot;: %2</source>
        <translation>郵件中的一張圖片無法儲存到「%1」：%2</translation>
    </message>
</context>
<context>
    <name>MessageParser</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>The file is larger than %n MB, too large to show.</source>
        <translation>
            <numerusform>檔案大於 %n MB，太大，無法顯示。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>檔案是空的。</translation>
    </message>
    <message>
        <source>This is not an Internet message (RFC 5322).</source>
        <translation>這不是一封網際網路郵件（RFC 5322）。</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <source>STARTTLS port (RFC 3207)</source>
        <translation>STARTTLS 連接埠（RFC 3207）</translation>
    </message>
    <message>
        <source>implicit TLS port (RFC 8314)</source>
        <translation>隱含式 TLS 連接埠（RFC 8314）</translation>
    </message>
    <message>
        <source>clear-text port (no TLS, no login)</source>
        <translation>明文連接埠（無 TLS，無登入）</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>郵件</translation>
    </message>
    <message>
        <source>Remote content note</source>
        <translation>遠端內容提示</translation>
    </message>
    <message>
        <source>Message views</source>
        <translation>郵件檢視</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>郵件(&amp;M)</translation>
    </message>
    <message>
        <source>Envelope &amp;&amp; &amp;Headers</source>
        <translation>信封和郵件標頭(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>原始內容(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Transcript</source>
        <translation>對話記錄(&amp;T)</translation>
    </message>
    <message>
        <source>The message as its recipients see it</source>
        <translation>收件者看到的郵件</translation>
    </message>
    <message>
        <source>Whom the message was really sent to, beside what its headers say</source>
        <translation>郵件實際寄給了誰，以及郵件標頭上寫的是誰</translation>
    </message>
    <message>
        <source>The message exactly as it was received</source>
        <translation>與接收時完全一致的郵件</translation>
    </message>
    <message>
        <source>The SMTP conversation that delivered it, explained line by line</source>
        <translation>投遞這封郵件的 SMTP 對話，逐行解釋</translation>
    </message>
    <message>
        <source>No message selected.</source>
        <translation>未選擇郵件。</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主旨</translation>
    </message>
    <message>
        <source>From</source>
        <translation>寄件者</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>收件者</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>副本</translation>
    </message>
    <message>
        <source>Bcc recipients, from the envelope</source>
        <translation>密件副本收件者（來自信封）</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>副本：</translation>
    </message>
    <message>
        <source>Bcc:</source>
        <translation>密件副本：</translation>
    </message>
    <message>
        <source>Recipients in the SMTP envelope that no To or Cc header names. The other recipients cannot see them.</source>
        <translation>SMTP 信封中有、但「收件者」和「副本」標頭都沒有列出的收件者。其他收件者看不到他們。</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>寄件者：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>收件者：</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>顯示(&amp;W)：</translation>
    </message>
    <message>
        <source>Body format</source>
        <translation>內文格式</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>純文字</translation>
    </message>
    <message>
        <source>The message has both an HTML and a plain-text version; recipients see one of them, depending on their mail program</source>
        <translation>這封郵件同時有 HTML 和純文字兩個版本；收件者看到哪一個取決於他們的郵件程式</translation>
    </message>
    <message>
        <source>Message body</source>
        <translation>郵件內文</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附加檔案</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>儲存(&amp;V)…</translation>
    </message>
    <message>
        <source>Save the selected attachment to a file</source>
        <translation>把選取的附加檔案儲存為檔案</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開啟(&amp;O)</translation>
    </message>
    <message>
        <source>Open the selected attachment with its usual program</source>
        <translation>用慣用的程式開啟選取的附加檔案</translation>
    </message>
    <message>
        <source>&lt;b&gt;Envelope&lt;/b&gt; — what the server was told (RFC 5321)</source>
        <translation>&lt;b&gt;信封&lt;/b&gt; — 告訴伺服器的內容（RFC 5321）</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>信封</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Envelope: not available.

This message was opened from a file. Only a message the sandbox received has an envelope: the MAIL FROM and RCPT TO addresses it was really sent to, which may differ from its headers (Bcc recipients are in the envelope only).</source>
        <translation>信封：無法使用。

這封郵件是從檔案開啟的。只有沙箱收到的郵件才有信封：即它實際使用的 MAIL FROM 和 RCPT TO 位址，可能與郵件標頭不同（密件副本收件者只出現在信封中）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Headers&lt;/b&gt; — what every recipient can read (RFC 5322)</source>
        <translation>&lt;b&gt;郵件標頭&lt;/b&gt; — 每位收件者都能讀到的內容（RFC 5322）</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>郵件標頭</translation>
    </message>
    <message>
        <source>Message source</source>
        <translation>郵件原始內容</translation>
    </message>
    <message>
        <source>Session transcript</source>
        <translation>工作階段對話記錄</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>含義</translation>
    </message>
    <message>
        <source>Transcript: not available. This message was opened from a file, not received by the sandbox.</source>
        <translation>對話記錄：無法使用。這封郵件是從檔案開啟的，不是沙箱收到的。</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>（無主旨）</translation>
    </message>
    <message>
        <source>(no From header)</source>
        <translation>（沒有「寄件者」標頭）</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>（無日期）</translation>
    </message>
    <message>
        <source>(no To header)</source>
        <translation>（沒有「收件者」標頭）</translation>
    </message>
    <message>
        <source>%1 — hidden from the other recipients</source>
        <translation>%1 — 其他收件者看不到</translation>
    </message>
    <message>
        <source>%1 — in a Bcc header that every recipient can read</source>
        <translation>%1 — 在每位收件者都能讀到的「密件副本」標頭中</translation>
    </message>
    <message>
        <source>This message has no text.</source>
        <translation>這封郵件沒有文字內容。</translation>
    </message>
    <message>
        <source>files on this computer</source>
        <translation>這台電腦上的檔案</translation>
    </message>
    <message numerus="yes">
        <source>Remote content blocked: %n picture(s) or style sheet(s) would have been loaded from %1.</source>
        <translation>
            <numerusform>已封鎖遠端內容：原本會從 %1 載入 %n 張圖片或樣式表。</numerusform>
        </translation>
    </message>
    <message>
        <source>Qourier never loads them: a remote picture tells the sender when and where the message was read.</source>
        <translation>Qourier 從不載入它們：遠端圖片會告訴寄件者郵件是在何時何地被閱讀的。</translation>
    </message>
    <message>
        <source>Links of this kind are not opened: %1</source>
        <translation>不會開啟這類連結：%1</translation>
    </message>
    <message>
        <source>(unnamed part %1)</source>
        <translation>（未命名部分 %1）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1
Content-ID: &lt;%2&gt;</source>
        <translation>%1
Content-ID：&lt;%2&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s), %1</source>
        <translation>
            <numerusform>%n 個附加檔案，%1</numerusform>
        </translation>
    </message>
    <message>
        <source>attachment-%1</source>
        <translation>附加檔案-%1</translation>
    </message>
    <message>
        <source>There is no such attachment.</source>
        <translation>沒有這個附加檔案。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation>儲存附加檔案</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已儲存 %1</translation>
    </message>
    <message>
        <source>“%1” is a program or script. Qourier does not open those from a message; save it and look at it instead.</source>
        <translation>「%1」是程式或指令碼。Qourier 不會直接開啟郵件中的這類檔案；請先儲存，再檢視其內容。</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>無法建立暫存資料夾：%1</translation>
    </message>
    <message>
        <source>No program is set up to open %1.</source>
        <translation>沒有設定用來開啟 %1 的程式。</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已開啟 %1</translation>
    </message>
    <message>
        <source>MAIL FROM</source>
        <translation>MAIL FROM</translation>
    </message>
    <message>
        <source>&lt;&gt; (null reverse path)</source>
        <translation>&lt;&gt;（空的反向路徑）</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>參數</translation>
    </message>
    <message numerus="yes">
        <source>RCPT TO (%n recipient(s))</source>
        <translation>
            <numerusform>RCPT TO（%n 位收件者）</numerusform>
        </translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>收件者：%1</translation>
    </message>
    <message>
        <source>Cc: %1</source>
        <translation>副本：%1</translation>
    </message>
    <message>
        <source>Bcc header: every recipient can read this address in the message</source>
        <translation>「密件副本」標頭：每位收件者都能在郵件中讀到這個位址</translation>
    </message>
    <message>
        <source>Bcc: hidden from the other recipients</source>
        <translation>密件副本：其他收件者看不到</translation>
    </message>
    <message>
        <source>This address is in the envelope but in no To or Cc header: the recipient got the message, the others cannot see that.</source>
        <translation>這個位址在信封中，但不在任何「收件者」或「副本」標頭中：該收件者收到了郵件，其他人看不到這一點。</translation>
    </message>
    <message>
        <source>The message carries a Bcc header: blind copies are not blind.</source>
        <translation>這封郵件帶有「密件副本」標頭：密件副本並不保密。</translation>
    </message>
    <message>
        <source>In the headers, not in this envelope</source>
        <translation>在郵件標頭中，但不在這個信封中</translation>
    </message>
    <message>
        <source>named in the message; this delivery did not include it</source>
        <translation>郵件中列出了它；這次投遞不包括它</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>連線</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收時間</translation>
    </message>
    <message>
        <source>Listener</source>
        <translation>監聽連接埠</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>none: sent in clear text</source>
        <translation>無：以明文傳送</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Authenticated as</source>
        <translation>登入身分</translation>
    </message>
    <message>
        <source>not authenticated</source>
        <translation>未登入</translation>
    </message>
    <message>
        <source>%1 (AUTH %2)</source>
        <translation>%1（AUTH %2）</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>用戶端</translation>
    </message>
    <message>
        <source>%1 port %2</source>
        <translation>%1 連接埠 %2</translation>
    </message>
    <message>
        <source>EHLO</source>
        <translation>EHLO</translation>
    </message>
    <message>
        <source>HELO</source>
        <translation>HELO</translation>
    </message>
    <message>
        <source>Body sent with</source>
        <translation>內文傳送方式</translation>
    </message>
    <message numerus="yes">
        <source>BDAT, %n chunk(s) (RFC 3030)</source>
        <translation>
            <numerusform>BDAT，%n 個區塊（RFC 3030）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 octets)</source>
        <translation>%1（%2 位元組）</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Stored as</source>
        <translation>儲存為</translation>
    </message>
    <message>
        <source>Decoded: %1

As sent: %2</source>
        <translation>解碼後：%1

傳送時：%2</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2. Save the message file to see all of it: %3</source>
        <translation>顯示的是 %2 中的前 %1。要檢視全部，請儲存郵件檔案：%3</translation>
    </message>
</context>
<context>
    <name>NoticePanel</name>
    <message>
        <source>Notice</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>The server&apos;s reply</source>
        <translation>伺服器的回覆</translation>
    </message>
    <message>
        <source>Connection &amp;Log</source>
        <translation>連線記錄(&amp;L)</translation>
    </message>
    <message>
        <source>Show the conversation with the server</source>
        <translation>顯示與伺服器的對話</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>關閉提示</translation>
    </message>
</context>
<context>
    <name>OAuth2Authorizer</name>
    <message>
        <source>The sign-in was not completed in time. Try again.</source>
        <translation>登入沒有在限定時間內完成。請重試。</translation>
    </message>
    <message>
        <source>Sign-in is not set up: no client id.</source>
        <translation>登入尚未設定：沒有用戶端 ID。</translation>
    </message>
    <message>
        <source>Qourier could not listen on 127.0.0.1 for the sign-in&apos;s answer.</source>
        <translation>Qourier 無法在 127.0.0.1 上監聽登入的回應。</translation>
    </message>
    <message>
        <source>The sign-in was cancelled or access was denied.</source>
        <translation>登入已取消，或存取被拒絕。</translation>
    </message>
    <message>
        <source>The provider refused the sign-in (%1).</source>
        <translation>服務商拒絕了登入（%1）。</translation>
    </message>
    <message>
        <source>The sign-in answer did not belong to this sign-in (state mismatch), so Qourier ignored it. Try again.</source>
        <translation>收到的登入回應不屬於這次登入（state 不符），Qourier 已忽略它。請重試。</translation>
    </message>
    <message>
        <source>The provider did not accept the sign-in: %1</source>
        <translation>服務商沒有接受這次登入：%1</translation>
    </message>
    <message>
        <source>The provider gave no refresh token, so Qourier could not stay signed in. Try again.</source>
        <translation>服務商沒有提供更新權杖，Qourier 無法保持登入。請重試。</translation>
    </message>
</context>
<context>
    <name>OAuth2LoopbackReplyHandler</name>
    <message>
        <source>Qourier has received your sign-in. You can close this tab and return to Qourier.</source>
        <translation>Qourier 已收到你的登入。你可以關閉這個分頁，回到 Qourier。</translation>
    </message>
</context>
<context>
    <name>OAuth2TokenSource</name>
    <message>
        <source>Signing in with %1 is not set up: the setting %2 (the OAuth client id) is empty.</source>
        <translation>尚未設定透過 %1 登入：設定項 %2（OAuth 用戶端 ID）為空。</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; names an unknown sign-in provider &quot;%2&quot;.</source>
        <translation>帳戶「%1」指定了未知的登入服務商「%2」。</translation>
    </message>
    <message>
        <source>The keychain holds no sign-in for &quot;%1&quot;: sign in with %2 again (Edit Account).</source>
        <translation>鑰匙圈中沒有「%1」的登入授權：請重新透過 %2 登入（編輯帳戶）。</translation>
    </message>
    <message>
        <source>No keychain answered, so Qourier cannot read the sign-in for &quot;%1&quot; (%2).</source>
        <translation>沒有鑰匙圈回應，Qourier 無法讀取「%1」的登入授權（%2）。</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>逾時</translation>
    </message>
    <message>
        <source>%1 no longer accepts Qourier&apos;s sign-in for &quot;%2&quot; (%3). Sign in with %1 again: Edit Account, then &quot;Sign in with %1&quot;.</source>
        <translation>%1 不再接受 Qourier 對「%2」的登入授權（%3）。請重新透過 %1 登入：編輯帳戶，然後按「透過 %1 登入」。</translation>
    </message>
    <message>
        <source>%1 refused to renew the access token: %2</source>
        <translation>%1 拒絕續期存取權杖：%2</translation>
    </message>
    <message>
        <source>%1&apos;s token service did not answer in time.</source>
        <translation>%1 的權杖服務沒有及時回應。</translation>
    </message>
    <message>
        <source>Could not reach %1&apos;s token service: %2</source>
        <translation>無法連線 %1 的權杖服務：%2</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>an outbox entry %1 already exists</source>
        <translation>寄件匣中已有項目 %1</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>無法建立 %1</translation>
    </message>
    <message>
        <source>cannot lock %1</source>
        <translation>無法鎖定 %1</translation>
    </message>
    <message>
        <source>cannot read the message: %1</source>
        <translation>無法讀取郵件：%1</translation>
    </message>
    <message>
        <source>no outbox entry %1</source>
        <translation>寄件匣中沒有項目 %1</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>無法刪除 %1</translation>
    </message>
    <message>
        <source>cannot move %1 to %2</source>
        <translation>無法將 %1 移到 %2</translation>
    </message>
    <message>
        <source>no outbox entry %1 that can be sent again</source>
        <translation>寄件匣中沒有可以重新傳送的項目 %1</translation>
    </message>
    <message>
        <source>%1 may already have been delivered: use resend or mark-sent</source>
        <translation>%1 可能已經送達：請使用 resend 或 mark-sent</translation>
    </message>
    <message>
        <source>no outbox entry %1 that can be retried</source>
        <translation>寄件匣中沒有可以重試的項目 %1</translation>
    </message>
    <message>
        <source>Qourier stopped after the end of the message was sent and before the server answered: it may have been delivered</source>
        <translation>Qourier 在郵件結尾已送出、伺服器尚未回覆時停止了：郵件可能已經送達</translation>
    </message>
    <message>
        <source>Qourier stopped before the message was complete; it will be sent again</source>
        <translation>Qourier 在郵件傳送完成前停止了；郵件將重新傳送</translation>
    </message>
</context>
<context>
    <name>OutboxCommand</name>
    <message>
        <source>The outbox: every message `qourier send` or the window sends is kept here until the server accepts it.

Commands:
  list            one line per message: id, state, attempts, next try, subject, recipients, last error
  flush           send every queued and deferred message now (exit 0 only if all were sent)
  retry ID        send a deferred or failed message now
  delete ID       remove a message from the outbox
  resend ID       send an uncertain message again (it may then arrive twice)
  mark-sent ID    an uncertain message did arrive: move it to Sent

An uncertain message lost its connection after it was sent completely and before the server answered: it may or may not have been delivered, so it is never sent again without being told to.</source>
        <translation>寄件匣：`qourier send` 或視窗傳送的每封郵件都保存在這裡，直到伺服器接受為止。

指令：
  list            每封郵件一行：編號、狀態、嘗試次數、下次嘗試、主旨、收件人、最近的錯誤
  flush           立即傳送所有排隊和延後的郵件（全部送出時才傳回 0）
  retry ID        立即傳送一封延後或失敗的郵件
  delete ID       從寄件匣刪除一封郵件
  resend ID       重新傳送一封狀態不確定的郵件（對方可能因此收到兩次）
  mark-sent ID    狀態不確定的郵件確實已送達：移到「已傳送」

狀態不確定的郵件是指：郵件已完整送出，但在伺服器回覆之前連線中斷了，因此可能已送達，也可能沒有；未經您指示，它絕不會被重新傳送。</translation>
    </message>
    <message>
        <source>list, flush, retry, delete, resend or mark-sent.</source>
        <translation>list、flush、retry、delete、resend 或 mark-sent。</translation>
    </message>
    <message>
        <source>The message&apos;s id, as `list` shows it.</source>
        <translation>郵件的編號，即 `list` 顯示的編號。</translation>
    </message>
    <message>
        <source>list: the entries as a JSON array.</source>
        <translation>list：以 JSON 陣列輸出項目。</translation>
    </message>
    <message>
        <source>Read the password (or access token) for messages that sign in from the first line of standard input.</source>
        <translation>需要登入的郵件所用的密碼（或存取權杖）從標準輸入的第一行讀取。</translation>
    </message>
    <message>
        <source>Read that password from this environment variable (default QOURIER_PASSWORD).</source>
        <translation>從此環境變數讀取該密碼（預設 QOURIER_PASSWORD）。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Print the SMTP conversation to standard error (secrets hidden).</source>
        <translation>將 SMTP 對話輸出到標準錯誤（隱藏機密資訊）。</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (see --help)</source>
        <translation>未知的指令「%1」（參見 --help）</translation>
    </message>
    <message>
        <source>%1 needs exactly one id</source>
        <translation>%1 需要恰好一個編號</translation>
    </message>
    <message>
        <source>%1 takes no id</source>
        <translation>%1 不接受編號</translation>
    </message>
    <message>
        <source>no message %1 in the outbox</source>
        <translation>寄件匣中沒有郵件 %1</translation>
    </message>
    <message>
        <source>%1 is being sent right now</source>
        <translation>%1 正在傳送中</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>已刪除 %1</translation>
    </message>
    <message>
        <source>%1 is %2, not uncertain</source>
        <translation>%1 的狀態是 %2，而不是「不確定」</translation>
    </message>
    <message>
        <source>Moved %1 to Sent</source>
        <translation>已將 %1 移到「已傳送」</translation>
    </message>
    <message>
        <source>%1 is being sent by another Qourier right now</source>
        <translation>另一個 Qourier 正在傳送 %1</translation>
    </message>
    <message>
        <source>Nothing to send.</source>
        <translation>沒有要傳送的郵件。</translation>
    </message>
    <message numerus="yes">
        <source>qourier outbox: %n message(s) may already have been delivered and wait for you: see `qourier outbox list`</source>
        <translation>
            <numerusform>qourier outbox：%n 封郵件可能已經送達，正等待您處理：參見 `qourier outbox list`</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent %1: %2</source>
        <translation>已傳送 %1：%2</translation>
    </message>
    <message>
        <source>this message goes to the built-in sandbox, which runs in the Qourier window: open the window to send it</source>
        <translation>這封郵件要寄往內建沙盒，而沙盒在 Qourier 視窗中執行：請開啟視窗傳送</translation>
    </message>
    <message>
        <source>the account of this message no longer exists</source>
        <translation>這封郵件的帳號已不存在</translation>
    </message>
    <message>
        <source>no server is configured</source>
        <translation>尚未設定伺服器</translation>
    </message>
    <message>
        <source>this message signs in as &quot;%1&quot;: give the password with --password-stdin or QOURIER_PASSWORD</source>
        <translation>這封郵件以「%1」登入：請用 --password-stdin 或 QOURIER_PASSWORD 提供密碼</translation>
    </message>
    <message>
        <source>the proxy needs a password: QOURIER_PROXY_PASSWORD</source>
        <translation>代理伺服器需要密碼：QOURIER_PROXY_PASSWORD</translation>
    </message>
    <message>
        <source>the keychain holds no password for this message&apos;s account</source>
        <translation>鑰匙圈中沒有這封郵件所用帳號的密碼</translation>
    </message>
    <message>
        <source>no keychain answered</source>
        <translation>沒有金鑰圈回應</translation>
    </message>
    <message>
        <source>give the password with --password-stdin or QOURIER_PASSWORD</source>
        <translation>請透過 --password-stdin 或 QOURIER_PASSWORD 提供密碼</translation>
    </message>
</context>
<context>
    <name>OutboxController</name>
    <message>
        <source>Delete Message</source>
        <translation>刪除郵件</translation>
    </message>
    <message>
        <source>Delete “%1” from the Outbox?</source>
        <translation>從寄件匣中刪除「%1」嗎？</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>（無主旨）</translation>
    </message>
    <message>
        <source>It has not been sent and will not be.</source>
        <translation>它尚未傳送，刪除後也不會再傳送。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Keep It</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Edit Message</source>
        <translation>編輯郵件</translation>
    </message>
    <message>
        <source>Save the message you are writing before editing this one?</source>
        <translation>編輯這封郵件前，先儲存正在撰寫的郵件嗎？</translation>
    </message>
    <message>
        <source>The message from the Outbox replaces it in the composer.</source>
        <translation>寄件匣中的郵件將在撰寫視窗中取代它。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>捨棄</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>OutboxSender</name>
    <message>
        <source>the outbox message file cannot be read</source>
        <translation>無法讀取寄件匣中的郵件檔案</translation>
    </message>
</context>
<context>
    <name>OutboxWindow</name>
    <message>
        <source>Outbox — Qourier</source>
        <translation>寄件匣 — Qourier</translation>
    </message>
    <message>
        <source>Nothing is waiting: every message has been sent.</source>
        <translation>沒有等待中的郵件：所有郵件均已傳送。</translation>
    </message>
    <message>
        <source>Messages in the Outbox</source>
        <translation>寄件匣中的郵件</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主旨</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>收件者</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>嘗試次數</translation>
    </message>
    <message>
        <source>Next Try</source>
        <translation>下次嘗試</translation>
    </message>
    <message>
        <source>Last Error</source>
        <translation>上次錯誤</translation>
    </message>
    <message>
        <source>&lt;b&gt;Maybe sent.&lt;/b&gt; The whole message reached the server, but the connection broke before the server confirmed it. The server may have accepted it — then sending again gives the recipients two copies — or not. Qourier never sends such a message again by itself. If you know it arrived (ask a recipient, or look in the Sent folder of your webmail), choose &lt;i&gt;Mark as Sent&lt;/i&gt;; otherwise &lt;i&gt;Send Again&lt;/i&gt;.</source>
        <translation>&lt;b&gt;可能已傳送。&lt;/b&gt;整封郵件已到達伺服器，但在伺服器確認之前連線中斷了。伺服器可能已接收郵件——此時再次傳送會使收件者收到兩份——也可能沒有。Qourier 絕不會自行重新傳送這樣的郵件。如果您知道郵件已送達（詢問收件者，或查看網頁郵箱的「寄件備份」資料夾），請選擇&lt;i&gt;標記為已傳送&lt;/i&gt;；否則請選擇&lt;i&gt;再次傳送&lt;/i&gt;。</translation>
    </message>
    <message>
        <source>&amp;Retry Now</source>
        <translation>立即重試(&amp;R)</translation>
    </message>
    <message>
        <source>Try to send it now</source>
        <translation>現在嘗試傳送</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>Take the message back into the composer (it leaves the Outbox)</source>
        <translation>將郵件取回撰寫視窗（它會離開寄件匣）</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>刪除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the message (Delete)</source>
        <translation>刪除郵件（Delete）</translation>
    </message>
    <message>
        <source>Send &amp;Again</source>
        <translation>再次傳送(&amp;A)</translation>
    </message>
    <message>
        <source>Send it again; recipients may get it twice</source>
        <translation>再次傳送；收件者可能收到兩份</translation>
    </message>
    <message>
        <source>&amp;Mark as Sent</source>
        <translation>標記為已傳送(&amp;M)</translation>
    </message>
    <message>
        <source>It arrived: move it to the Sent folder without sending</source>
        <translation>已送達：不傳送，直接移到「寄件備份」資料夾</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>關閉(&amp;C)</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在傳送…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已傳送</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未傳送</translation>
    </message>
    <message>
        <source>Will retry</source>
        <translation>將重試</translation>
    </message>
    <message>
        <source>Maybe sent</source>
        <translation>可能已傳送</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>（無主旨）</translation>
    </message>
</context>
<context>
    <name>ProxySpec</name>
    <message>
        <source>the proxy must be none, system, socks5://host:port or http://host:port</source>
        <translation>代理伺服器必須是 none、system、socks5://主機:連接埠 或 http://主機:連接埠</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a proxy address: give %2://host:port</source>
        <translation>「%1」不是代理伺服器位址：請寫成 %2://主機:連接埠</translation>
    </message>
    <message>
        <source>no password in the proxy address: anyone can read a command line; use QOURIER_PROXY_PASSWORD or --proxy-password-file</source>
        <translation>代理伺服器位址中不能包含密碼：任何人都能看到命令列；請使用 QOURIER_PROXY_PASSWORD 或 --proxy-password-file</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>無法建立資料夾 %1。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 已損毀：%2</translation>
    </message>
</context>
<context>
    <name>RecipientLineEdit</name>
    <message>
        <source>The server refused %1: %2</source>
        <translation>伺服器拒絕了 %1：%2</translation>
    </message>
</context>
<context>
    <name>SandboxAccount</name>
    <message>
        <source>cannot create %1</source>
        <translation>無法建立 %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
</context>
<context>
    <name>SandboxCertificate</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失敗：%2</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>無法建立 %1</translation>
    </message>
    <message>
        <source>cannot write the sandbox certificate: %1</source>
        <translation>無法寫入沙箱憑證：%1</translation>
    </message>
    <message>
        <source>the new sandbox certificate cannot be read back</source>
        <translation>無法讀回新的沙箱憑證</translation>
    </message>
</context>
<context>
    <name>SandboxCommand</name>
    <message>
        <source>Run Qourier&apos;s sandbox mail server on this computer&apos;s loopback addresses until interrupted. Messages it accepts are stored, never delivered.</source>
        <translation>在本機回送位址上執行 Qourier 的沙箱郵件伺服器，直到被中斷。它接收的郵件只會儲存，絕不會投遞。</translation>
    </message>
    <message>
        <source>Store messages in this directory.</source>
        <translation>將郵件儲存在這個目錄中。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>目錄</translation>
    </message>
    <message>
        <source>STARTTLS port (0 or absent: any free port).</source>
        <translation>STARTTLS 連接埠（0 或不指定：任意可用連接埠）。</translation>
    </message>
    <message>
        <source>port</source>
        <translation>連接埠</translation>
    </message>
    <message>
        <source>Implicit-TLS port (0 or absent: any free port).</source>
        <translation>隱含式 TLS 連接埠（0 或不指定：任意可用連接埠）。</translation>
    </message>
    <message>
        <source>Also listen in clear text, without AUTH, on this port (0: any free port). For load generators only.</source>
        <translation>同時在這個連接埠上以明文、無 AUTH 方式監聽（0：任意可用連接埠）。僅供壓力測試工具使用。</translation>
    </message>
    <message>
        <source>Print one line of JSON with the ports, login, certificate fingerprint and directory.</source>
        <translation>輸出一行 JSON，包含連接埠、登入資訊、憑證指紋和目錄。</translation>
    </message>
    <message>
        <source>Largest message accepted, in octets (default 52428800).</source>
        <translation>接受的最大郵件，單位為位元組（預設 52428800）。</translation>
    </message>
    <message>
        <source>octets</source>
        <translation>位元組數</translation>
    </message>
    <message>
        <source>Keep this many newest messages (default 500).</source>
        <translation>保留最新的這麼多封郵件（預設 500）。</translation>
    </message>
    <message>
        <source>count</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>Recipients per message (default 1000).</source>
        <translation>每封郵件的收件者人數（預設 1000）。</translation>
    </message>
    <message>
        <source>Seconds a silent client is kept (default 300).</source>
        <translation>保留無活動用戶端的秒數（預設 300）。</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒數</translation>
    </message>
    <message>
        <source>Refuse recipients matching this wildcard pattern with 550 (repeatable).</source>
        <translation>以 550 拒絕符合此萬用字元模式的收件者（可重複）。</translation>
    </message>
    <message>
        <source>pattern</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Answer every end of data with 451 (nothing is stored).</source>
        <translation>對每次資料結束都回覆 451（不儲存任何內容）。</translation>
    </message>
    <message>
        <source>Advertise and enforce this small SIZE instead.</source>
        <translation>改為公布並執行這個較小的 SIZE。</translation>
    </message>
    <message>
        <source>Wait this long before the reply to the end of data.</source>
        <translation>在回覆資料結束之前等待這麼久。</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>Drop the connection after this many octets of a message.</source>
        <translation>在收到郵件的這麼多位元組後中斷連線。</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>非預期的參數：%1</translation>
    </message>
    <message>
        <source>a port is a number from 0 to 65535</source>
        <translation>連接埠必須是 0 到 65535 之間的數字</translation>
    </message>
    <message>
        <source>--max-size must be a positive number of octets</source>
        <translation>--max-size 必須是正的位元組數</translation>
    </message>
    <message>
        <source>--keep must be a number from 1 to 1000000</source>
        <translation>--keep 必須是 1 到 1000000 之間的數字</translation>
    </message>
    <message>
        <source>--max-recipients must be a number from 1 to 1000000</source>
        <translation>--max-recipients 必須是 1 到 1000000 之間的數字</translation>
    </message>
    <message>
        <source>--idle-timeout must be a number of seconds from 1 to 86400</source>
        <translation>--idle-timeout 必須是 1 到 86400 之間的秒數</translation>
    </message>
    <message>
        <source>--size-limit must be a positive number of octets</source>
        <translation>--size-limit 必須是正的位元組數</translation>
    </message>
    <message>
        <source>--reply-delay must be a number of milliseconds up to 3600000</source>
        <translation>--reply-delay 必須是不超過 3600000 的毫秒數</translation>
    </message>
    <message>
        <source>--drop-after must be a number of octets</source>
        <translation>--drop-after 必須是位元組數</translation>
    </message>
    <message>
        <source>cannot watch for SIGINT/SIGTERM</source>
        <translation>無法監看 SIGINT/SIGTERM</translation>
    </message>
    <message>
        <source>Qourier sandbox listening on %1</source>
        <translation>Qourier 沙箱正在監聽 %1</translation>
    </message>
    <message>
        <source>  STARTTLS port:     %1</source>
        <translation>  STARTTLS 連接埠:   %1</translation>
    </message>
    <message>
        <source>  implicit TLS port: %1</source>
        <translation>  隱含式 TLS 連接埠: %1</translation>
    </message>
    <message>
        <source>  clear-text port:   %1 (no TLS, no AUTH)</source>
        <translation>  明文連接埠:        %1（無 TLS，無 AUTH）</translation>
    </message>
    <message>
        <source>  user:              %1</source>
        <translation>  使用者名稱:        %1</translation>
    </message>
    <message>
        <source>  password:          %1</source>
        <translation>  密碼:              %1</translation>
    </message>
    <message>
        <source>  certificate SHA-256: %1</source>
        <translation>  憑證 SHA-256:      %1</translation>
    </message>
    <message>
        <source>  messages:          %1</source>
        <translation>  郵件目錄:          %1</translation>
    </message>
    <message>
        <source>Stop with Ctrl+C.</source>
        <translation>按 Ctrl+C 停止。</translation>
    </message>
    <message>
        <source>Sandbox stopped.</source>
        <translation>沙箱已停止。</translation>
    </message>
    <message>
        <source>Stored %1</source>
        <translation>已儲存 %1</translation>
    </message>
</context>
<context>
    <name>SandboxRunner</name>
    <message>
        <source>The sandbox&apos;s certificate or password cannot be prepared: %1</source>
        <translation>無法準備沙箱的憑證或密碼：%1</translation>
    </message>
    <message>
        <source>The sandbox cannot start: %1</source>
        <translation>沙箱無法啟動：%1</translation>
    </message>
    <message>
        <source>Qourier&apos;s sandbox on %1: STARTTLS port %2, TLS port %3, user “%4”. Messages sent here stay on this computer.</source>
        <translation>Qourier 沙箱位於 %1：STARTTLS 連接埠 %2，TLS 連接埠 %3，使用者「%4」。寄到這裡的郵件只留在這台電腦上。</translation>
    </message>
</context>
<context>
    <name>SandboxWindow</name>
    <message>
        <source>Sandbox server</source>
        <translation>沙箱伺服器</translation>
    </message>
    <message>
        <source>Captured messages</source>
        <translation>收到的郵件</translation>
    </message>
    <message>
        <source>Newest first. Select one to see it below.</source>
        <translation>最新的在前。選擇一封即可在下方檢視。</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收時間</translation>
    </message>
    <message>
        <source>From</source>
        <translation>寄件者</translation>
    </message>
    <message>
        <source>Envelope recipients</source>
        <translation>信封收件者</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主旨</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Message File…</source>
        <translation>開啟郵件檔案(&amp;O)…</translation>
    </message>
    <message>
        <source>Show any .eml file the way the sandbox shows captured mail</source>
        <translation>以沙箱顯示收到郵件的方式顯示任何 .eml 檔案</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新載入(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>關閉(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>郵件(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Envelope and Headers</source>
        <translation>信封和郵件標頭(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>原始內容(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Transcript</source>
        <translation>對話記錄(&amp;T)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>New message from %1: %2</source>
        <translation>來自 %1 的新郵件：%2</translation>
    </message>
    <message>
        <source>%1 (Bcc)</source>
        <translation>%1（密件副本）</translation>
    </message>
    <message>
        <source>(unreadable: %1)</source>
        <translation>（無法讀取：%1）</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>（無主旨）</translation>
    </message>
    <message numerus="yes">
        <source>%1

%n recipient(s) in no To or Cc header: Bcc, hidden from the others.</source>
        <translation>
            <numerusform>%1

有 %n 位收件者不在任何「收件者」或「副本」標頭中：即密件副本，其他人看不到。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 octets</source>
        <translation>%1 位元組</translation>
    </message>
    <message>
        <source>Cannot show this message: %1</source>
        <translation>無法顯示這封郵件：%1</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已開啟 %1</translation>
    </message>
    <message>
        <source>Open Message File</source>
        <translation>開啟郵件檔案</translation>
    </message>
    <message>
        <source>Messages (*.eml *.msg *.txt)</source>
        <translation>郵件 (*.eml *.msg *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有檔案 (*)</translation>
    </message>
    <message>
        <source>%1 — Sandbox Mail — Qourier</source>
        <translation>%1 — 沙箱郵件 — Qourier</translation>
    </message>
    <message>
        <source>Sandbox Mail — Qourier</source>
        <translation>沙箱郵件 — Qourier</translation>
    </message>
    <message>
        <source>Select a message to see it.</source>
        <translation>選擇一封郵件即可檢視。</translation>
    </message>
    <message>
        <source>No mail captured yet. Messages sent to the sandbox appear here as they arrive.

(Waiting for %1 to be created.)</source>
        <translation>還沒有收到郵件。寄到沙箱的郵件一到達就會出現在這裡。

（正在等待建立 %1。）</translation>
    </message>
    <message>
        <source>No mail captured yet. Messages sent to the sandbox appear here as they arrive.</source>
        <translation>還沒有收到郵件。寄到沙箱的郵件一到達就會出現在這裡。</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n 封郵件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) in %1</source>
        <translation>
            <numerusform>%1 中有 %n 封郵件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendCommand</name>
    <message>
        <source>cannot read standard input</source>
        <translation>無法讀取標準輸入</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>Send one message through an SMTP submission server.</source>
        <translation>透過 SMTP 提交伺服器傳送一封郵件。</translation>
    </message>
    <message>
        <source>SMTP server name.</source>
        <translation>SMTP 伺服器名稱。</translation>
    </message>
    <message>
        <source>host</source>
        <translation>主機</translation>
    </message>
    <message>
        <source>Port (465 for tls, 587 for starttls, 25 for none).</source>
        <translation>連接埠（tls 用 465，starttls 用 587，none 用 25）。</translation>
    </message>
    <message>
        <source>port</source>
        <translation>連接埠</translation>
    </message>
    <message>
        <source>tls, starttls or none.</source>
        <translation>tls、starttls 或 none。</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>User name for AUTH.</source>
        <translation>用於 AUTH 的使用者名稱。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Read the password (or access token) from the first line of standard input.</source>
        <translation>從標準輸入的第一行讀取密碼（或存取權杖）。</translation>
    </message>
    <message>
        <source>Read the password (or access token) from this environment variable (default QOURIER_PASSWORD).</source>
        <translation>從這個環境變數讀取密碼（或存取權杖），預設為 QOURIER_PASSWORD。</translation>
    </message>
    <message>
        <source>Only this AUTH mechanism: plain, login, cram-md5 or xoauth2 (the secret is then an access token).</source>
        <translation>只使用這種 AUTH 機制：plain、login、cram-md5 或 xoauth2（此時密鑰是存取權杖）。</translation>
    </message>
    <message>
        <source>mechanism</source>
        <translation>機制</translation>
    </message>
    <message>
        <source>Sender, e.g. &apos;Alice Example &lt;alice@example.org&gt;&apos;.</source>
        <translation>寄件者，例如 &apos;Alice Example &lt;alice@example.org&gt;&apos;。</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Recipient (repeatable; lists allowed).</source>
        <translation>收件者（可重複；可以是清單）。</translation>
    </message>
    <message>
        <source>Copy recipient (repeatable).</source>
        <translation>副本收件者（可重複）。</translation>
    </message>
    <message>
        <source>Blind copy recipient: in the envelope only (repeatable).</source>
        <translation>密件副本收件者：只出現在信封中（可重複）。</translation>
    </message>
    <message>
        <source>Reply-To address.</source>
        <translation>回覆地址（Reply-To）。</translation>
    </message>
    <message>
        <source>Subject.</source>
        <translation>主旨。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Plain-text body from a file, or - for standard input.</source>
        <translation>從檔案讀取純文字內文，或用 - 表示標準輸入。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>HTML alternative from a file.</source>
        <translation>從檔案讀取 HTML 版本。</translation>
    </message>
    <message>
        <source>Attach a file (repeatable).</source>
        <translation>附加檔案（可重複）。</translation>
    </message>
    <message>
        <source>Inline image for the HTML, referenced as cid:&lt;file name&gt; (repeatable).</source>
        <translation>HTML 中的內嵌圖片，以 cid:&lt;檔名&gt; 引用（可重複）。</translation>
    </message>
    <message>
        <source>Print the SMTP conversation to standard error (secrets hidden).</source>
        <translation>將 SMTP 對話輸出到標準錯誤（隱藏機密資訊）。</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>同時信任這個 PEM 檔案中的 CA 憑證。</translation>
    </message>
    <message>
        <source>Trust exactly the certificate with this SHA-256 fingerprint.</source>
        <translation>只信任具有此 SHA-256 指紋的那張憑證。</translation>
    </message>
    <message>
        <source>sha256</source>
        <translation>sha256</translation>
    </message>
    <message>
        <source>Allow a connection without TLS, and a password over it.</source>
        <translation>允許不使用 TLS 的連線，並允許透過它傳送密碼。</translation>
    </message>
    <message>
        <source>Seconds each phase may take (default: per phase, up to 10 minutes for the final reply).</source>
        <translation>每個階段允許的秒數（預設依階段設定，最終回覆最多 10 分鐘）。</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒數</translation>
    </message>
    <message>
        <source>Do not use PIPELINING.</source>
        <translation>不使用 PIPELINING。</translation>
    </message>
    <message>
        <source>Do not use CHUNKING (BDAT).</source>
        <translation>不使用 CHUNKING（BDAT）。</translation>
    </message>
    <message>
        <source>Name to announce in EHLO.</source>
        <translation>在 EHLO 中宣告的名稱。</translation>
    </message>
    <message>
        <source>No progress line.</source>
        <translation>不顯示進度行。</translation>
    </message>
    <message>
        <source>
Exit codes: 0 sent, 2 usage or invalid input, 3 connection, 4 TLS, 5 authentication, 6 sender refused, 7 all recipients refused, 8 message refused, 9 timeout, 10 server or protocol error, 11 unreadable file.
</source>
        <translation>
結束代碼：0 已傳送，2 用法或輸入無效，3 連線，4 TLS，5 身分驗證，6 寄件者被拒，7 所有收件者被拒，8 郵件被拒，9 逾時，10 伺服器或協定錯誤，11 檔案無法讀取。
</translation>
    </message>
    <message>
        <source>--host is required</source>
        <translation>必須指定 --host</translation>
    </message>
    <message>
        <source>--security must be tls, starttls or none</source>
        <translation>--security 必須是 tls、starttls 或 none</translation>
    </message>
    <message>
        <source>--port must be a number from 1 to 65535</source>
        <translation>--port 必須是 1 到 65535 之間的數字</translation>
    </message>
    <message>
        <source>--security none sends everything readable by anyone on the way; add --insecure-allow-plain to allow it</source>
        <translation>--security none 傳送的所有內容沿途任何人都能讀到；如確實要這樣做，請加上 --insecure-allow-plain</translation>
    </message>
    <message>
        <source>no PEM certificate in %1</source>
        <translation>%1 中沒有 PEM 憑證</translation>
    </message>
    <message>
        <source>--pin needs a SHA-256 fingerprint (64 hex digits)</source>
        <translation>--pin 需要一個 SHA-256 指紋（64 位十六進位數字）</translation>
    </message>
    <message>
        <source>--timeout must be a positive number of seconds</source>
        <translation>--timeout 必須是正數秒</translation>
    </message>
    <message>
        <source>--password-stdin and --body - both want standard input</source>
        <translation>--password-stdin 和 --body - 都要使用標準輸入</translation>
    </message>
    <message>
        <source>--user needs a password: --password-stdin or the environment variable QOURIER_PASSWORD</source>
        <translation>--user 需要密碼：使用 --password-stdin 或環境變數 QOURIER_PASSWORD</translation>
    </message>
    <message>
        <source>--auth must be plain, login, cram-md5 or xoauth2</source>
        <translation>--auth 必須是 plain、login、cram-md5 或 xoauth2</translation>
    </message>
    <message>
        <source>--from: %1</source>
        <translation>--from：%1</translation>
    </message>
    <message>
        <source>--to: %1</source>
        <translation>--to：%1</translation>
    </message>
    <message>
        <source>--cc: %1</source>
        <translation>--cc：%1</translation>
    </message>
    <message>
        <source>--bcc: %1</source>
        <translation>--bcc：%1</translation>
    </message>
    <message>
        <source>--reply-to: %1</source>
        <translation>--reply-to：%1</translation>
    </message>
    <message>
        <source>no recipients: give --to, --cc or --bcc</source>
        <translation>沒有收件者：請指定 --to、--cc 或 --bcc</translation>
    </message>
    <message>
        <source>--inline images need an --html body that shows them (&lt;img src=&quot;cid:name&quot;&gt;)</source>
        <translation>--inline 圖片需要一個顯示它們的 --html 內文（&lt;img src=&quot;cid:name&quot;&gt;）</translation>
    </message>
    <message>
        <source>Sending %1 of %2 (%3/s)</source>
        <translation>正在傳送 %1 / %2（%3/秒）</translation>
    </message>
    <message>
        <source>qourier send: warning: refused by the server: %1</source>
        <translation>qourier send：警告：被伺服器拒絕：%1</translation>
    </message>
    <message numerus="yes">
        <source>Sent %1 to %n recipient(s): %2</source>
        <translation>
            <numerusform>已將 %1 傳送給 %n 位收件者：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Use this saved account (its name, address or id): its server, sender and password from the system keychain. Other options override its fields.</source>
        <translation>使用這個已儲存的帳號（名稱、位址或 ID）：伺服器、寄件者以及系統金鑰圈中的密碼。其他選項會覆寫其中的欄位。</translation>
    </message>
    <message>
        <source>no saved account &quot;%1&quot; (add one in the window: Add Account)</source>
        <translation>沒有已儲存的帳號「%1」（請在視窗中新增：新增帳號）</translation>
    </message>
    <message>
        <source>the keychain holds no password for account &quot;%1&quot;</source>
        <translation>金鑰圈中沒有帳號「%1」的密碼</translation>
    </message>
    <message>
        <source>give the password with --password-stdin or QOURIER_PASSWORD</source>
        <translation>請用 --password-stdin 或 QOURIER_PASSWORD 提供密碼</translation>
    </message>
    <message>
        <source>Connect through this proxy: socks5://host:port (the proxy resolves the server&apos;s name), http://host:port (HTTP CONNECT), system or none. Overrides the account&apos;s.</source>
        <translation>透過此代理伺服器連線：socks5://主機:連接埠（由代理伺服器解析伺服器名稱）、http://主機:連接埠（HTTP CONNECT）、system 或 none。優先於帳號中的設定。</translation>
    </message>
    <message>
        <source>proxy</source>
        <translation>代理伺服器</translation>
    </message>
    <message>
        <source>User name for the proxy; its password comes from the environment variable QOURIER_PROXY_PASSWORD or --proxy-password-file.</source>
        <translation>代理伺服器的使用者名稱；其密碼來自環境變數 QOURIER_PROXY_PASSWORD 或 --proxy-password-file。</translation>
    </message>
    <message>
        <source>Read the proxy password from the first line of this file.</source>
        <translation>從此檔案的第一行讀取代理伺服器密碼。</translation>
    </message>
    <message>
        <source>Send directly, without keeping the message in the outbox: nothing is left behind and nothing is retried later.</source>
        <translation>直接傳送，不在寄件匣中保存郵件：不留下任何內容，之後也不會重試。</translation>
    </message>
    <message>
        <source>Unless --no-queue is given, the message is first kept in the outbox: if the server cannot take it now, `qourier outbox flush` sends it later (see `qourier outbox --help`).
</source>
        <translation>除非指定 --no-queue，郵件會先保存在寄件匣中：如果伺服器現在無法接收，`qourier outbox flush` 會稍後傳送（參見 `qourier outbox --help`）。
</translation>
    </message>
    <message>
        <source>--proxy: %1</source>
        <translation>--proxy：%1</translation>
    </message>
    <message>
        <source>--proxy-user needs --proxy socks5://… or http://…</source>
        <translation>--proxy-user 需要搭配 --proxy socks5://… 或 http://…</translation>
    </message>
    <message>
        <source>a proxy user needs a password: QOURIER_PROXY_PASSWORD or --proxy-password-file</source>
        <translation>代理伺服器使用者需要密碼：QOURIER_PROXY_PASSWORD 或 --proxy-password-file</translation>
    </message>
    <message>
        <source>the server refused the access token as expired: renewing it and trying once more</source>
        <translation>伺服器以過期為由拒絕了存取權杖：正在續期並再試一次</translation>
    </message>
    <message>
        <source>cannot keep the message in the outbox: %1</source>
        <translation>無法將郵件保存到寄件匣：%1</translation>
    </message>
    <message>
        <source>the outbox entry %1 could not be started</source>
        <translation>無法開始傳送寄件匣項目 %1</translation>
    </message>
    <message>
        <source>the message stays in the outbox as %1; `qourier outbox flush` tries it again</source>
        <translation>郵件以 %1 留在寄件匣中；`qourier outbox flush` 會再次嘗試傳送</translation>
    </message>
    <message>
        <source>the connection ended after the whole message was sent, so the server may have accepted it; it stays in the outbox as %1: check whether it arrived, then `qourier outbox mark-sent %1` or `qourier outbox resend %1`</source>
        <translation>整封郵件送出後連線中斷了，伺服器可能已經接收；郵件以 %1 留在寄件匣中：請確認是否已送達，然後執行 `qourier outbox mark-sent %1` 或 `qourier outbox resend %1`</translation>
    </message>
    <message>
        <source>no keychain answered</source>
        <translation>沒有金鑰圈回應</translation>
    </message>
</context>
<context>
    <name>SendProgressPanel</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分鐘</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小時</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending progress</source>
        <translation>傳送進度</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Stop sending; the message stays in the composer</source>
        <translation>停止傳送；郵件會留在撰寫視窗中</translation>
    </message>
    <message>
        <source>Message size: %1</source>
        <translation>郵件大小：%1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在連線到 %1…</translation>
    </message>
    <message>
        <source>Securing the connection…</source>
        <translation>正在加密連線…</translation>
    </message>
    <message>
        <source>Connected; greeting the server…</source>
        <translation>已連線；正在與伺服器問候…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登入…</translation>
    </message>
    <message>
        <source>Signing in as %1…</source>
        <translation>正在以 %1 的身分登入…</translation>
    </message>
    <message>
        <source>Checking the recipients with the server…</source>
        <translation>正在與伺服器核對收件者…</translation>
    </message>
    <message>
        <source>Sending the message…</source>
        <translation>正在傳送郵件…</translation>
    </message>
    <message>
        <source>Waiting for the server to accept the message…</source>
        <translation>正在等待伺服器接收郵件…</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>正在完成…</translation>
    </message>
    <message>
        <source>%1 sent; the server is checking it</source>
        <translation>已傳送 %1；伺服器正在檢查</translation>
    </message>
    <message>
        <source>Sending %1 of %2 at %3/s, about %4 left</source>
        <translation>正在傳送 %1 / %2，速度 %3/秒，大約還剩 %4</translation>
    </message>
    <message>
        <source>Sending %1 of %2 at %3/s</source>
        <translation>正在傳送 %1 / %2，速度 %3/秒</translation>
    </message>
    <message>
        <source>Sending %1 of %2</source>
        <translation>正在傳送 %1 / %2</translation>
    </message>
    <message>
        <source>Sending %1 at %2/s</source>
        <translation>正在傳送 %1，速度 %2/秒</translation>
    </message>
    <message>
        <source>Sending %1</source>
        <translation>正在傳送 %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <source>Undo sending</source>
        <translation>復原傳送</translation>
    </message>
    <message>
        <source>Do not send; the message goes back into the composer as it was</source>
        <translation>不傳送；郵件原樣回到撰寫視窗</translation>
    </message>
    <message numerus="yes">
        <source>Sending in %n s…</source>
        <translation>
            <numerusform>%n 秒後傳送…</numerusform>
        </translation>
    </message>
    <message>
        <source>To %1. Undo keeps the message here, as it is.</source>
        <translation>傳往 %1。復原會將郵件原樣留在這裡。</translation>
    </message>
</context>
<context>
    <name>ServerSettings</name>
    <message>
        <source>The CA certificate file &quot;%1&quot; cannot be read: %2</source>
        <translation>無法讀取 CA 憑證檔案「%1」：%2</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; contains no PEM certificate.</source>
        <translation>檔案「%1」中沒有 PEM 憑證。</translation>
    </message>
</context>
<context>
    <name>ServerSettingsDialog</name>
    <message>
        <source>Outgoing Server Settings</source>
        <translation>外寄伺服器設定</translation>
    </message>
    <message>
        <source>Your name, as recipients see it</source>
        <translation>你的姓名，收件者會看到</translation>
    </message>
    <message>
        <source>you@example.org</source>
        <translation>you@example.org</translation>
    </message>
    <message>
        <source>Added below your messages after a &quot;-- &quot; line</source>
        <translation>加在郵件末尾的「-- 」行之後</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>寄件者</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Si&amp;gnature:</source>
        <translation>簽名(&amp;G)：</translation>
    </message>
    <message>
        <source>smtp.example.org</source>
        <translation>smtp.example.org</translation>
    </message>
    <message>
        <source>TLS from the start (port 465)</source>
        <translation>一開始就使用 TLS（連接埠 465）</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS（連接埠 587）</translation>
    </message>
    <message>
        <source>None — unencrypted</source>
        <translation>無 — 不加密</translation>
    </message>
    <message>
        <source>I understand that my password and messages can be read by anyone on the network</source>
        <translation>我了解網路上的任何人都能讀到我的密碼和郵件</translation>
    </message>
    <message>
        <source>Empty if the server needs no sign-in</source>
        <translation>如果伺服器不需登入，請留空</translation>
    </message>
    <message>
        <source>Automatic (the most secure the server offers)</source>
        <translation>自動（伺服器提供的最安全的方式）</translation>
    </message>
    <message>
        <source>Normal password (PLAIN)</source>
        <translation>一般密碼（PLAIN）</translation>
    </message>
    <message>
        <source>Normal password (LOGIN)</source>
        <translation>一般密碼（LOGIN）</translation>
    </message>
    <message>
        <source>Encrypted password (CRAM-MD5)</source>
        <translation>加密的密碼（CRAM-MD5）</translation>
    </message>
    <message>
        <source>Optional: a company CA certificate (PEM)</source>
        <translation>選填：公司的 CA 憑證（PEM）</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <source>Browse for a CA certificate</source>
        <translation>選擇 CA 憑證</translation>
    </message>
    <message>
        <source>Outgoing server (SMTP)</source>
        <translation>外寄伺服器（SMTP）</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>伺服器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>連接埠(&amp;P)：</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>安全性(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>使用者名稱(&amp;U)：</translation>
    </message>
    <message>
        <source>Sign-in &amp;method:</source>
        <translation>登入方式(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Trusted CA:</source>
        <translation>受信任的 CA(&amp;T)：</translation>
    </message>
    <message>
        <source>Your password is asked when you send and is never stored.</source>
        <translation>傳送時才會詢問密碼，密碼從不儲存。</translation>
    </message>
    <message>
        <source>Enter the outgoing server&apos;s name.</source>
        <translation>請輸入外寄伺服器的名稱。</translation>
    </message>
    <message>
        <source>A server name has no spaces.</source>
        <translation>伺服器名稱中不能有空格。</translation>
    </message>
    <message>
        <source>Enter your email address.</source>
        <translation>請輸入你的電子郵件地址。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address: %2</source>
        <translation>「%1」不是有效的電子郵件地址：%2</translation>
    </message>
    <message>
        <source>Without encryption, confirm that you accept the risk, or choose STARTTLS or TLS.</source>
        <translation>不加密時，請確認你接受風險，或是選擇 STARTTLS 或 TLS。</translation>
    </message>
    <message>
        <source>Choose a CA Certificate</source>
        <translation>選擇 CA 憑證</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>憑證 (*.pem *.crt *.cer);;所有檔案 (*)</translation>
    </message>
</context>
<context>
    <name>SettingsFinder</name>
    <message>
        <source>Looking for %1 in Qourier&apos;s list of providers…</source>
        <translation>正在 Qourier 的郵件服務商清單中查找 %1…</translation>
    </message>
    <message>
        <source>Asking %1 for its settings…</source>
        <translation>正在向 %1 詢問設定…</translation>
    </message>
    <message>
        <source>Asking DNS for %1…</source>
        <translation>正在向 DNS 查詢 %1…</translation>
    </message>
    <message>
        <source>Asking DNS who handles mail for %1…</source>
        <translation>正在向 DNS 查詢誰處理 %1 的郵件…</translation>
    </message>
    <message>
        <source>Trying %1 on ports 465, 587 and 25…</source>
        <translation>正在嘗試 %1 的連接埠 465、587 和 25…</translation>
    </message>
</context>
<context>
    <name>StartupRequest</name>
    <message>
        <source>Qourier: write and send email.</source>
        <translation>Qourier：撰寫並傳送電子郵件。</translation>
    </message>
    <message>
        <source>Recipient (repeatable; commas allowed).</source>
        <translation>收件者（可重複；可用逗號分隔）。</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Copy recipient (repeatable).</source>
        <translation>副本收件者（可重複）。</translation>
    </message>
    <message>
        <source>Blind copy recipient (repeatable).</source>
        <translation>密件副本收件者（可重複）。</translation>
    </message>
    <message>
        <source>The subject.</source>
        <translation>主旨。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>The message text.</source>
        <translation>郵件內文。</translation>
    </message>
    <message>
        <source>A file to attach (repeatable).</source>
        <translation>要附加的檔案（可重複）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>A mailto: link to open (RFC 6068).</source>
        <translation>要開啟的 mailto: 連結（RFC 6068）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mailto: link. Use --attach to attach a file.</source>
        <translation>「%1」不是 mailto: 連結。要附加檔案，請使用 --attach。</translation>
    </message>
    <message>
        <source>The link also asked for fields that were ignored for your safety: %1</source>
        <translation>該連結還要求填寫一些欄位，為了你的安全已忽略：%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not attached: there is no readable file there.</source>
        <translation>「%1」沒有附加：那裡沒有可讀取的檔案。</translation>
    </message>
</context>
<context>
    <name>TranscriptAnnotator</name>
    <message>
        <source>The secret part is hidden on purpose, so the transcript can be shared safely.</source>
        <translation>機密部分被刻意隱藏，這樣對話記錄可以放心分享。</translation>
    </message>
    <message>
        <source>A sign-in answer (user name, password or token). Qourier hides it on purpose, so the transcript can be shared safely.</source>
        <translation>一則登入回應（使用者名稱、密碼或權杖）。Qourier 刻意將其隱藏，這樣對話記錄可以放心分享。</translation>
    </message>
    <message>
        <source>Qourier introduces itself and asks which extensions the server supports (RFC 5321 §4.1.1.1).</source>
        <translation>Qourier 介紹自己，並詢問伺服器支援哪些擴充功能（RFC 5321 §4.1.1.1）。</translation>
    </message>
    <message>
        <source>The old greeting without extensions, used only when the server refuses EHLO (RFC 5321 §4.1.1.1).</source>
        <translation>不帶擴充功能的舊式問候，只在伺服器拒絕 EHLO 時使用（RFC 5321 §4.1.1.1）。</translation>
    </message>
    <message>
        <source>Asks the server to switch this connection to encryption (RFC 3207).</source>
        <translation>要求伺服器將此連線切換為加密（RFC 3207）。</translation>
    </message>
    <message>
        <source>Signs in with PLAIN: user name and password together in one base64 line (RFC 4616).</source>
        <translation>使用 PLAIN 登入：使用者名稱和密碼一起放在一行 base64 中（RFC 4616）。</translation>
    </message>
    <message>
        <source>Signs in with LOGIN: the server asks for the user name, then the password, each in base64.</source>
        <translation>使用 LOGIN 登入：伺服器先要使用者名稱，再要密碼，皆以 base64 編碼。</translation>
    </message>
    <message>
        <source>Signs in with CRAM-MD5: only a keyed hash of the server&apos;s challenge travels, never the password itself (RFC 2195).</source>
        <translation>使用 CRAM-MD5 登入：傳輸的只是對伺服器挑戰的帶金鑰雜湊，密碼本身從不傳輸（RFC 2195）。</translation>
    </message>
    <message>
        <source>Signs in with an OAuth 2.0 access token instead of a password.</source>
        <translation>使用 OAuth 2.0 存取權杖而不是密碼登入。</translation>
    </message>
    <message>
        <source>Signs in with the %1 method (RFC 4954).</source>
        <translation>使用 %1 方式登入（RFC 4954）。</translation>
    </message>
    <message>
        <source>Gives up the sign-in exchange (RFC 4954 §4).</source>
        <translation>放棄本次登入交換（RFC 4954 §4）。</translation>
    </message>
    <message>
        <source>Starts a new message and names its sender (RFC 5321 §4.1.1.2).</source>
        <translation>開始一封新郵件並指定寄件者（RFC 5321 §4.1.1.2）。</translation>
    </message>
    <message>
        <source>Starts a new message with no return address, so it can never cause a bounce (RFC 5321 §4.5.5).</source>
        <translation>開始一封沒有退信地址的新郵件，因此它永遠不會引起退信（RFC 5321 §4.5.5）。</translation>
    </message>
    <message>
        <source>Starts a new message; undeliverable mail is reported to %1 (the envelope sender, RFC 5321 §4.1.1.2).</source>
        <translation>開始一封新郵件；無法投遞時會通知 %1（信封寄件者，RFC 5321 §4.1.1.2）。</translation>
    </message>
    <message>
        <source>the size is announced in advance (SIZE, RFC 1870)</source>
        <translation>預先宣告了郵件大小（SIZE，RFC 1870）</translation>
    </message>
    <message>
        <source>the text uses 8-bit characters (RFC 6152)</source>
        <translation>內文使用 8 位元字元（RFC 6152）</translation>
    </message>
    <message>
        <source>the message contains binary data (RFC 3030)</source>
        <translation>郵件包含二進位資料（RFC 3030）</translation>
    </message>
    <message>
        <source>addresses may contain non-ASCII characters (RFC 6531)</source>
        <translation>地址可以包含非 ASCII 字元（RFC 6531）</translation>
    </message>
    <message>
        <source>Also: %1.</source>
        <translation>另外：%1。</translation>
    </message>
    <message>
        <source>Names one recipient, %1. To, Cc and Bcc all travel this way, one RCPT TO each; the headers the recipients see are separate (RFC 5321 §4.1.1.3).</source>
        <translation>指定一位收件者：%1。收件者、副本和密件副本都透過這種方式傳遞，每人一條 RCPT TO；收件者看到的郵件標頭是另一回事（RFC 5321 §4.1.1.3）。</translation>
    </message>
    <message>
        <source>Asks to send the message itself; the server answers 354 when it is ready (RFC 5321 §4.1.1.4).</source>
        <translation>要求傳送郵件本身；伺服器準備好後回覆 354（RFC 5321 §4.1.1.4）。</translation>
    </message>
    <message>
        <source>A line with only a dot ends the message (RFC 5321 §4.1.1.4); dots at the start of message lines were doubled so they cannot end it early.</source>
        <translation>只有一個點的一行表示郵件結束（RFC 5321 §4.1.1.4）；郵件中行首的點已被重複一次，所以不會提前結束郵件。</translation>
    </message>
    <message>
        <source>Sends the last chunk of the message, %1 bytes; no end-of-data dot is needed (CHUNKING, RFC 3030).</source>
        <translation>傳送郵件的最後一塊，%1 位元組；不需要表示結束的點（CHUNKING，RFC 3030）。</translation>
    </message>
    <message>
        <source>Sends one chunk of the message, %1 bytes, counted instead of ended by a dot (CHUNKING, RFC 3030).</source>
        <translation>傳送郵件的一塊，%1 位元組，依長度計算而不是以點結束（CHUNKING，RFC 3030）。</translation>
    </message>
    <message>
        <source>Cancels the current message but keeps the connection open (RFC 5321 §4.1.1.5).</source>
        <translation>取消目前的郵件，但保持連線（RFC 5321 §4.1.1.5）。</translation>
    </message>
    <message>
        <source>Does nothing; checks that the server is still there (RFC 5321 §4.1.1.9).</source>
        <translation>什麼也不做；只是確認伺服器還在（RFC 5321 §4.1.1.9）。</translation>
    </message>
    <message>
        <source>Says goodbye; the server answers 221 and closes the connection (RFC 5321 §4.1.1.10).</source>
        <translation>道別；伺服器回覆 221 並關閉連線（RFC 5321 §4.1.1.10）。</translation>
    </message>
    <message>
        <source>Not a valid SMTP reply: a reply line starts with a three-digit code.</source>
        <translation>不是有效的 SMTP 回覆：回覆行應以三位數字代碼開頭。</translation>
    </message>
    <message>
        <source>The server answers EHLO with its name; each following line names one extension it supports.</source>
        <translation>伺服器以自己的名稱回覆 EHLO；後面每一行列出它支援的一項擴充功能。</translation>
    </message>
    <message>
        <source>More lines follow (&quot;%1-&quot;); the last line of the reply starts with &quot;%1 &quot;.</source>
        <translation>後面還有更多行（「%1-」）；回覆的最後一行以「%1 」開頭。</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <source>The server accepts several commands at once (RFC 2920).</source>
        <translation>伺服器可以一次接收多個指令（RFC 2920）。</translation>
    </message>
    <message>
        <source>The server accepts messages up to %1 MB (RFC 1870).</source>
        <translation>伺服器接受最大 %1 MB 的郵件（RFC 1870）。</translation>
    </message>
    <message>
        <source>The server can be told a message&apos;s size in advance but sets no fixed limit (RFC 1870).</source>
        <translation>可以預先告訴伺服器郵件大小，但它沒有設定固定上限（RFC 1870）。</translation>
    </message>
    <message>
        <source>The server supports signing in (RFC 4954).</source>
        <translation>伺服器支援登入（RFC 4954）。</translation>
    </message>
    <message>
        <source>The server can sign you in with: %1 (RFC 4954).</source>
        <translation>伺服器支援的登入方式：%1（RFC 4954）。</translation>
    </message>
    <message>
        <source>The server can switch this connection to encryption (STARTTLS, RFC 3207).</source>
        <translation>伺服器可以將此連線切換為加密（STARTTLS，RFC 3207）。</translation>
    </message>
    <message>
        <source>The server accepts message text with 8-bit characters (RFC 6152).</source>
        <translation>伺服器接受含 8 位元字元的郵件內文（RFC 6152）。</translation>
    </message>
    <message>
        <source>The server accepts non-ASCII addresses and headers, Chinese for example (RFC 6531).</source>
        <translation>伺服器接受非 ASCII 的地址和郵件標頭，例如中文（RFC 6531）。</translation>
    </message>
    <message>
        <source>The server accepts the message in counted chunks with BDAT instead of DATA (RFC 3030).</source>
        <translation>伺服器接受用 BDAT 取代 DATA、依長度分塊傳輸郵件（RFC 3030）。</translation>
    </message>
    <message>
        <source>The server accepts binary message data, sent with BDAT (RFC 3030).</source>
        <translation>伺服器接受用 BDAT 傳送的二進位郵件資料（RFC 3030）。</translation>
    </message>
    <message>
        <source>The server adds detailed status codes such as 5.7.8 to its replies (RFC 2034).</source>
        <translation>伺服器會在回覆中附上 5.7.8 這樣的詳細狀態碼（RFC 2034）。</translation>
    </message>
    <message>
        <source>The server can send delivery status notifications on request (RFC 3461).</source>
        <translation>伺服器可以依要求傳送投遞狀態通知（RFC 3461）。</translation>
    </message>
    <message>
        <source>The server can be asked to deliver within a time limit (RFC 2852).</source>
        <translation>可以要求伺服器在限定時間內投遞（RFC 2852）。</translation>
    </message>
    <message>
        <source>The server can be asked to send out mail it queued for a domain (RFC 1985).</source>
        <translation>可以要求伺服器送出它為某個網域排隊的郵件（RFC 1985）。</translation>
    </message>
    <message>
        <source>The server can check whether a mailbox exists (VRFY, RFC 5321 §3.5).</source>
        <translation>伺服器可以檢查某個信箱是否存在（VRFY，RFC 5321 §3.5）。</translation>
    </message>
    <message>
        <source>The server can list the members of a mailing list (EXPN, RFC 5321 §3.5).</source>
        <translation>伺服器可以列出郵寄清單的成員（EXPN，RFC 5321 §3.5）。</translation>
    </message>
    <message>
        <source>The server answers the HELP command.</source>
        <translation>伺服器會回應 HELP 指令。</translation>
    </message>
    <message>
        <source>The server can promise to pass the message on only over TLS (RFC 8689).</source>
        <translation>伺服器可以承諾只透過 TLS 轉送郵件（RFC 8689）。</translation>
    </message>
    <message>
        <source>The server accepts message priorities (RFC 6710).</source>
        <translation>伺服器接受郵件優先順序（RFC 6710）。</translation>
    </message>
    <message>
        <source>The server announces its limits, such as recipients per message (RFC 9422).</source>
        <translation>伺服器公布它的限制，例如每封郵件的收件者人數（RFC 9422）。</translation>
    </message>
    <message>
        <source>An extension of this server&apos;s own (%1), not part of any standard.</source>
        <translation>這台伺服器自己的擴充功能（%1），不屬於任何標準。</translation>
    </message>
    <message>
        <source>System status or help reply.</source>
        <translation>系統狀態或說明回覆。</translation>
    </message>
    <message>
        <source>Help text for people.</source>
        <translation>給人看的說明文字。</translation>
    </message>
    <message>
        <source>The server agrees: the TLS handshake starts now, and everything after it is encrypted (RFC 3207).</source>
        <translation>伺服器同意：現在開始 TLS 交握，之後的所有內容都會加密（RFC 3207）。</translation>
    </message>
    <message>
        <source>The server&apos;s greeting: it is ready and tells its name (RFC 5321 §4.3.1).</source>
        <translation>伺服器的問候：它已就緒，並報上自己的名稱（RFC 5321 §4.3.1）。</translation>
    </message>
    <message>
        <source>The server says goodbye and closes the connection.</source>
        <translation>伺服器道別並關閉連線。</translation>
    </message>
    <message>
        <source>Signed in successfully (RFC 4954).</source>
        <translation>登入成功（RFC 4954）。</translation>
    </message>
    <message>
        <source>OK: the requested action was done.</source>
        <translation>好的：要求的動作已完成。</translation>
    </message>
    <message>
        <source>OK: the recipient is not local, and the server will forward the message.</source>
        <translation>好的：收件者不在本伺服器，伺服器會轉寄這封郵件。</translation>
    </message>
    <message>
        <source>The server cannot check the recipient now but will try to deliver.</source>
        <translation>伺服器現在無法核實收件者，但會嘗試投遞。</translation>
    </message>
    <message>
        <source>The server waits for the sign-in data (an empty challenge, RFC 4954).</source>
        <translation>伺服器在等待登入資料（空的挑戰，RFC 4954）。</translation>
    </message>
    <message>
        <source>The server asks for the next sign-in step with a base64 challenge (RFC 4954).</source>
        <translation>伺服器用一個 base64 挑戰要求進行下一步登入（RFC 4954）。</translation>
    </message>
    <message>
        <source>The server asks for the next sign-in step; its base64 challenge decodes to &quot;%1&quot; (RFC 4954).</source>
        <translation>伺服器要求進行下一步登入；它的 base64 挑戰解碼後是「%1」（RFC 4954）。</translation>
    </message>
    <message>
        <source>Go ahead: send the message, ending with a line that holds only a dot (RFC 5321 §4.1.1.4).</source>
        <translation>請繼續：傳送郵件，最後以只有一個點的一行結束（RFC 5321 §4.1.1.4）。</translation>
    </message>
    <message>
        <source>The server is closing the connection: it is busy, shutting down or limiting connections; try later.</source>
        <translation>伺服器正在關閉連線：它很忙、正在關機或在限制連線數；請稍後再試。</translation>
    </message>
    <message>
        <source>A password transition is needed (RFC 4954).</source>
        <translation>需要進行密碼轉換（RFC 4954）。</translation>
    </message>
    <message>
        <source>Temporarily refused: the mailbox is busy or unavailable (greylisting, for example); try later.</source>
        <translation>暫時拒絕：信箱忙碌或無法使用（例如灰名單）；請稍後再試。</translation>
    </message>
    <message>
        <source>Temporarily refused: an error at the server stopped the action; try later.</source>
        <translation>暫時拒絕：伺服器端發生錯誤，動作已中止；請稍後再試。</translation>
    </message>
    <message>
        <source>Temporarily refused: the server is out of storage, or this message has too many recipients.</source>
        <translation>暫時拒絕：伺服器儲存空間不足，或是這封郵件的收件者太多。</translation>
    </message>
    <message>
        <source>Temporarily refused: encryption or sign-in is not available right now.</source>
        <translation>暫時拒絕：加密或登入目前無法使用。</translation>
    </message>
    <message>
        <source>The server cannot accept these parameters right now.</source>
        <translation>伺服器目前無法接受這些參數。</translation>
    </message>
    <message>
        <source>Syntax error: the server did not recognise the command (or the line was too long).</source>
        <translation>語法錯誤：伺服器無法辨識該指令（或是這一行太長）。</translation>
    </message>
    <message>
        <source>Syntax error in the command&apos;s parameters.</source>
        <translation>指令參數有語法錯誤。</translation>
    </message>
    <message>
        <source>This server does not implement that command.</source>
        <translation>這台伺服器沒有實作該指令。</translation>
    </message>
    <message>
        <source>Bad sequence of commands, for example sending before signing in.</source>
        <translation>指令順序錯誤，例如在登入之前就傳送。</translation>
    </message>
    <message>
        <source>The server does not implement that parameter, for example that sign-in method.</source>
        <translation>伺服器沒有實作該參數，例如那種登入方式。</translation>
    </message>
    <message>
        <source>This domain does not accept mail at all (RFC 7504).</source>
        <translation>這個網域完全不接收郵件（RFC 7504）。</translation>
    </message>
    <message>
        <source>The message is larger than the server&apos;s fixed limit.</source>
        <translation>郵件超過了伺服器的固定上限。</translation>
    </message>
    <message>
        <source>Sign-in required: the server wants you to authenticate first, or to use encryption (RFC 4954).</source>
        <translation>需要登入：伺服器要求你先進行身分驗證，或是先使用加密（RFC 4954）。</translation>
    </message>
    <message>
        <source>The sign-in method is too weak for this server; it wants a stronger one, such as an app password (RFC 4954).</source>
        <translation>對這台伺服器來說，該登入方式安全性太低；它要求更強的方式，例如應用程式密碼（RFC 4954）。</translation>
    </message>
    <message>
        <source>Sign-in failed: the server rejected the user name or password (RFC 4954).</source>
        <translation>登入失敗：伺服器拒絕了使用者名稱或密碼（RFC 4954）。</translation>
    </message>
    <message>
        <source>This sign-in method needs encryption first (RFC 4954).</source>
        <translation>這種登入方式需要先加密（RFC 4954）。</translation>
    </message>
    <message>
        <source>Refused: the mailbox does not exist or policy forbids it (relaying denied, spam).</source>
        <translation>拒絕：信箱不存在，或是政策不允許（禁止轉送、垃圾郵件）。</translation>
    </message>
    <message>
        <source>Refused: the recipient is not local to this server.</source>
        <translation>拒絕：收件者不在這台伺服器上。</translation>
    </message>
    <message>
        <source>Refused: the message is too large or the mailbox is full.</source>
        <translation>拒絕：郵件太大或信箱已滿。</translation>
    </message>
    <message>
        <source>Refused: the address is not allowed (bad syntax, or you may not send as it).</source>
        <translation>拒絕：地址不被允許（語法錯誤，或是你不能以該地址寄信）。</translation>
    </message>
    <message>
        <source>The transaction failed; at the greeting it means no service here, after the message often a spam filter.</source>
        <translation>交易失敗；出現在問候時表示這裡不提供服務，出現在郵件之後通常是垃圾郵件過濾。</translation>
    </message>
    <message>
        <source>The server does not recognise the parameters of MAIL FROM or RCPT TO.</source>
        <translation>伺服器無法辨識 MAIL FROM 或 RCPT TO 的參數。</translation>
    </message>
    <message>
        <source>Success (2xx).</source>
        <translation>成功（2xx）。</translation>
    </message>
    <message>
        <source>Go on: the server waits for more (3xx).</source>
        <translation>請繼續：伺服器在等待更多內容（3xx）。</translation>
    </message>
    <message>
        <source>Temporary failure (4xx): the same command may work later.</source>
        <translation>暫時失敗（4xx）：同樣的指令稍後可能會成功。</translation>
    </message>
    <message>
        <source>Permanent failure (5xx): repeating the same command will not help.</source>
        <translation>永久失敗（5xx）：重複同樣的指令也沒有用。</translation>
    </message>
    <message>
        <source>all is well</source>
        <translation>一切正常</translation>
    </message>
    <message>
        <source>no further detail</source>
        <translation>沒有更多細節</translation>
    </message>
    <message>
        <source>the sender address is accepted</source>
        <translation>寄件者地址已接受</translation>
    </message>
    <message>
        <source>a problem with an address</source>
        <translation>地址有問題</translation>
    </message>
    <message>
        <source>the mailbox does not exist</source>
        <translation>信箱不存在</translation>
    </message>
    <message>
        <source>the recipient&apos;s domain does not exist or takes no mail</source>
        <translation>收件者的網域不存在或不接收郵件</translation>
    </message>
    <message>
        <source>the recipient address has invalid syntax</source>
        <translation>收件者地址語法無效</translation>
    </message>
    <message>
        <source>the recipient address is accepted</source>
        <translation>收件者地址已接受</translation>
    </message>
    <message>
        <source>the mailbox has moved</source>
        <translation>信箱已搬移</translation>
    </message>
    <message>
        <source>the sender address has invalid syntax</source>
        <translation>寄件者地址語法無效</translation>
    </message>
    <message>
        <source>the sender&apos;s domain is not valid</source>
        <translation>寄件者的網域無效</translation>
    </message>
    <message>
        <source>the recipient&apos;s domain accepts no mail (null MX)</source>
        <translation>收件者的網域不接收郵件（空 MX）</translation>
    </message>
    <message>
        <source>a problem with the mailbox</source>
        <translation>信箱有問題</translation>
    </message>
    <message>
        <source>the mailbox is disabled</source>
        <translation>信箱已停用</translation>
    </message>
    <message>
        <source>the mailbox is full</source>
        <translation>信箱已滿</translation>
    </message>
    <message>
        <source>the message is longer than the mailbox accepts</source>
        <translation>郵件超過了該信箱允許的長度</translation>
    </message>
    <message>
        <source>a problem with the mail system</source>
        <translation>郵件系統有問題</translation>
    </message>
    <message>
        <source>the mail system is full</source>
        <translation>郵件系統已滿</translation>
    </message>
    <message>
        <source>the system is not accepting messages now</source>
        <translation>系統目前不接收郵件</translation>
    </message>
    <message>
        <source>the message is too big for the system</source>
        <translation>郵件對系統來說太大</translation>
    </message>
    <message>
        <source>the next server did not answer</source>
        <translation>下一台伺服器沒有回應</translation>
    </message>
    <message>
        <source>the connection broke</source>
        <translation>連線中斷</translation>
    </message>
    <message>
        <source>a directory (DNS) lookup failed</source>
        <translation>目錄（DNS）查詢失敗</translation>
    </message>
    <message>
        <source>the mail system is congested</source>
        <translation>郵件系統壅塞</translation>
    </message>
    <message>
        <source>the message waited too long and expired</source>
        <translation>郵件等待太久，已逾期</translation>
    </message>
    <message>
        <source>a protocol problem</source>
        <translation>協定問題</translation>
    </message>
    <message>
        <source>invalid command</source>
        <translation>無效指令</translation>
    </message>
    <message>
        <source>syntax error</source>
        <translation>語法錯誤</translation>
    </message>
    <message>
        <source>too many recipients</source>
        <translation>收件者太多</translation>
    </message>
    <message>
        <source>invalid command arguments</source>
        <translation>指令參數無效</translation>
    </message>
    <message>
        <source>the sign-in line was too long</source>
        <translation>登入資料行太長</translation>
    </message>
    <message>
        <source>a problem with the message content</source>
        <translation>郵件內容有問題</translation>
    </message>
    <message>
        <source>non-ASCII addresses are not accepted (RFC 6531)</source>
        <translation>不接受非 ASCII 地址（RFC 6531）</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>已登入</translation>
    </message>
    <message>
        <source>a security or policy problem, often: sign in first</source>
        <translation>安全或政策問題，通常是：請先登入</translation>
    </message>
    <message>
        <source>not allowed: delivery refused by policy</source>
        <translation>不允許：政策拒絕投遞</translation>
    </message>
    <message>
        <source>the user name or password is wrong</source>
        <translation>使用者名稱或密碼錯誤</translation>
    </message>
    <message>
        <source>the sign-in method is too weak</source>
        <translation>登入方式安全性太低</translation>
    </message>
    <message>
        <source>encryption is needed</source>
        <translation>需要加密</translation>
    </message>
    <message>
        <source>this sign-in method needs encryption</source>
        <translation>這種登入方式需要加密</translation>
    </message>
    <message>
        <source>a password change is needed</source>
        <translation>需要變更密碼</translation>
    </message>
    <message>
        <source>the account is disabled</source>
        <translation>帳號已停用</translation>
    </message>
    <message>
        <source>the sender&apos;s SPF check failed</source>
        <translation>寄件者的 SPF 檢查未通過</translation>
    </message>
    <message>
        <source>the reverse DNS check failed</source>
        <translation>反向 DNS 檢查未通過</translation>
    </message>
    <message>
        <source>several authentication checks failed (SPF, DKIM, DMARC)</source>
        <translation>多項身分驗證檢查未通過（SPF、DKIM、DMARC）</translation>
    </message>
    <message>
        <source>Qourier opens a TCP connection. Port 465 starts with TLS at once; 587 and 25 start in clear text and switch to encryption with STARTTLS.</source>
        <translation>Qourier 建立 TCP 連線。連接埠 465 一開始就使用 TLS；587 和 25 先以明文開始，再透過 STARTTLS 切換為加密。</translation>
    </message>
    <message>
        <source>From here on, everything is encrypted.</source>
        <translation>從這裡開始，所有內容都已加密。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified, so Qourier cannot be sure who is on the other end.</source>
        <translation>無法驗證伺服器的憑證，所以 Qourier 無法確定對方是誰。</translation>
    </message>
    <message>
        <source>The certificate is exactly the one you chose to trust.</source>
        <translation>這正是你選擇信任的那張憑證。</translation>
    </message>
    <message>
        <source>The message itself is not shown here, only its size.</source>
        <translation>這裡不顯示郵件本身，只顯示它的大小。</translation>
    </message>
</context>
</TS>
