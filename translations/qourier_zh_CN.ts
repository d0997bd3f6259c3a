<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountStore</name>
    <message>
        <source>The account settings could not be written to %1.</source>
        <translation>无法把账户设置写入 %1。</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>&amp;Accounts you send from:</source>
        <translation>用于发信的账户(&amp;A)：</translation>
    </message>
    <message>
        <source>Accounts you send from</source>
        <translation>用于发信的账户</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>发件人</translation>
    </message>
    <message>
        <source>Outgoing server</source>
        <translation>发信服务器</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>登录方式</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>添加(&amp;D)…</translation>
    </message>
    <message>
        <source>Find and test the settings of another account</source>
        <translation>查找并测试另一个账户的设置</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Change this account&apos;s settings or password, and test them again</source>
        <translation>修改此账户的设置或密码，并重新测试</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Forget this account and delete its password from the keychain</source>
        <translation>忘记此账户，并从密钥环中删除其密码</translation>
    </message>
    <message>
        <source>Set as De&amp;fault</source>
        <translation>设为默认(&amp;F)</translation>
    </message>
    <message>
        <source>New messages are sent from this account unless you choose another</source>
        <translation>新邮件默认从此账户发送，除非你另选</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <comment>an account&apos;s name in the Accounts list</comment>
        <translation>%1（默认）</translation>
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
        <translation>附件,附上,随附,附带,attach,enclosed</translation>
    </message>
</context>
<context>
    <name>CapturedMessage</name>
    <message>
        <source>The receipt is too large to be one.</source>
        <translation>回执文件太大，不可能是回执。</translation>
    </message>
    <message>
        <source>The receipt is not valid JSON: %1</source>
        <translation>回执不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>The receipt does not name its message file.</source>
        <translation>回执没有指明对应的邮件文件。</translation>
    </message>
</context>
<context>
    <name>ComposerController</name>
    <message>
        <source>Set up your outgoing server</source>
        <translation>设置发信服务器</translation>
    </message>
    <message>
        <source>Qourier needs to know which server sends your mail and which address you send from.</source>
        <translation>Qourier 需要知道用哪台服务器发送你的邮件，以及你用哪个地址发信。</translation>
    </message>
    <message>
        <source>Server Settings…</source>
        <translation>服务器设置…</translation>
    </message>
    <message>
        <source>Not everything could be taken over</source>
        <translation>并非所有内容都能沿用</translation>
    </message>
    <message>
        <source>Server settings saved.</source>
        <translation>服务器设置已保存。</translation>
    </message>
    <message>
        <source>Some addresses are not valid</source>
        <translation>有些地址无效</translation>
    </message>
    <message>
        <source>The marked fields contain addresses that cannot be sent to.</source>
        <translation>标记的栏中有无法发送的地址。</translation>
    </message>
    <message>
        <source>Point at a red field to see which address is wrong, then correct it.</source>
        <translation>将鼠标指向红色的栏，查看哪个地址有误，然后改正。</translation>
    </message>
    <message>
        <source>No recipients</source>
        <translation>没有收件人</translation>
    </message>
    <message>
        <source>Add at least one address in To, Cc or Bcc.</source>
        <translation>请在收件人、抄送或密送中至少填写一个地址。</translation>
    </message>
    <message>
        <source>No Subject</source>
        <translation>没有主题</translation>
    </message>
    <message>
        <source>Send this message without a subject?</source>
        <translation>不填主题就发送这封邮件吗？</translation>
    </message>
    <message>
        <source>A subject helps the recipients see what the message is about.</source>
        <translation>主题能帮助收件人了解邮件的内容。</translation>
    </message>
    <message>
        <source>Send Without Subject</source>
        <translation>不加主题发送</translation>
    </message>
    <message>
        <source>Add a Subject</source>
        <translation>添加主题</translation>
    </message>
    <message>
        <source>No Attachment</source>
        <translation>没有附件</translation>
    </message>
    <message>
        <source>The message mentions “%1”, but nothing is attached.</source>
        <translation>邮件中提到了“%1”，但没有添加任何附件。</translation>
    </message>
    <message>
        <source>Send it anyway, or go back and attach the files?</source>
        <translation>仍然发送，还是返回添加附件？</translation>
    </message>
    <message>
        <source>Send Anyway</source>
        <translation>仍然发送</translation>
    </message>
    <message>
        <source>Attach Files…</source>
        <translation>添加附件…</translation>
    </message>
    <message>
        <source>The message cannot be prepared</source>
        <translation>无法准备这封邮件</translation>
    </message>
    <message>
        <source>Check that every attached file still exists and can be read.</source>
        <translation>请确认每个附件文件仍然存在并且可以读取。</translation>
    </message>
    <message>
        <source>Message Too Large</source>
        <translation>邮件太大</translation>
    </message>
    <message>
        <source>This message is %1, but %2 accepts at most %3.</source>
        <translation>这封邮件大小为 %1，但 %2 最多只接受 %3。</translation>
    </message>
    <message>
        <source>The server will most likely refuse it. Attachments are about a third larger when sent. Remove some, or share large files by link.</source>
        <translation>服务器很可能会拒收。附件发送时会增大约三分之一。请删除一些附件，或者用链接分享大文件。</translation>
    </message>
    <message>
        <source>Try Anyway</source>
        <translation>仍然尝试</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password for %1 on %2:</source>
        <translation>%2 上 %1 的密码：</translation>
    </message>
    <message>
        <source>Not sent: no password was given.</source>
        <translation>未发送：没有提供密码。</translation>
    </message>
    <message>
        <source>The server settings cannot be used</source>
        <translation>服务器设置无法使用</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>（无主题）</translation>
    </message>
    <message>
        <source>Message sent</source>
        <translation>邮件已发送</translation>
    </message>
    <message numerus="yes">
        <source>“%1” was sent to %n recipient(s).</source>
        <translation>
            <numerusform>“%1”已发送给 %n 位收件人。</numerusform>
        </translation>
    </message>
    <message>
        <source>Message sent.</source>
        <translation>邮件已发送。</translation>
    </message>
    <message>
        <source>Sent, but not to everyone</source>
        <translation>已发送，但并非所有人都收到</translation>
    </message>
    <message numerus="yes">
        <source>“%1” was sent to %n recipient(s), but the server refused: %2.</source>
        <translation>
            <numerusform>“%1”已发送给 %n 位收件人，但服务器拒绝了：%2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the refused addresses are left in the address fields. Correct them and send again, or close the message.</source>
        <translation>地址栏中只保留了被拒绝的地址。请改正后重新发送，或者关闭这封邮件。</translation>
    </message>
    <message>
        <source>Message sent, but not to every recipient.</source>
        <translation>邮件已发送，但并非所有收件人都收到。</translation>
    </message>
    <message>
        <source>Sending cancelled.</source>
        <translation>已取消发送。</translation>
    </message>
    <message>
        <source>Message not sent.</source>
        <translation>邮件未发送。</translation>
    </message>
    <message>
        <source>Sandbox (this computer)</source>
        <translation>沙盒（本机）</translation>
    </message>
    <message>
        <source>The sandbox is not available</source>
        <translation>沙盒不可用</translation>
    </message>
    <message>
        <source>Sending to it will try again. Set up a real account to send your mail.</source>
        <translation>发送到沙盒时会再试一次。要把邮件真正发出去，请设置一个真实账户。</translation>
    </message>
    <message>
        <source>the sandbox</source>
        <comment>where a message is sent: “Connecting to the sandbox…”</comment>
        <translation>沙盒</translation>
    </message>
    <message>
        <source>Message delivered to the sandbox</source>
        <translation>邮件已投递到沙盒</translation>
    </message>
    <message numerus="yes">
        <source>“%1” was received by the sandbox for %n recipient(s). It stays on this computer: nobody else got it.</source>
        <translation>
            <numerusform>沙盒已收下发给 %n 位收件人的“%1”。它只留在这台电脑上，其他人都没有收到。</numerusform>
        </translation>
    </message>
    <message>
        <source>Show It</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Message delivered to the sandbox.</source>
        <translation>邮件已投递到沙盒。</translation>
    </message>
    <message numerus="yes">
        <source>Sending in %n s…</source>
        <translation>
            <numerusform>%n 秒后发送…</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent. The message is as you left it.</source>
        <translation>未发送。邮件保持原样。</translation>
    </message>
    <message>
        <source>Could not save a safety copy: %1</source>
        <translation>无法保存安全副本：%1</translation>
    </message>
    <message>
        <source>The draft cannot be saved</source>
        <translation>无法保存草稿</translation>
    </message>
    <message>
        <source>Draft saved. It is in File ▸ Drafts.</source>
        <translation>草稿已保存，位于“文件 ▸ 草稿”。</translation>
    </message>
    <message>
        <source>Delete Draft</source>
        <translation>删除草稿</translation>
    </message>
    <message>
        <source>Delete this draft?</source>
        <translation>删除此草稿？</translation>
    </message>
    <message>
        <source>It cannot be brought back.</source>
        <translation>删除后无法恢复。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Keep It</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Open Draft</source>
        <translation>打开草稿</translation>
    </message>
    <message>
        <source>Save the message you are writing before opening the draft?</source>
        <translation>打开草稿前，先保存正在撰写的邮件吗？</translation>
    </message>
    <message>
        <source>The draft replaces it in this window.</source>
        <translation>草稿将在此窗口中替换它。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The draft cannot be opened</source>
        <translation>无法打开草稿</translation>
    </message>
    <message>
        <source>Changed since the draft was saved: %1</source>
        <translation>自草稿保存后已更改：%1</translation>
    </message>
    <message>
        <source>No longer there, so not attached: %1</source>
        <translation>已不存在，因此未附加：%1</translation>
    </message>
    <message>
        <source>Some attached files are not as they were</source>
        <translation>部分附件与保存时不同</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>主题：%1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>收件人：%1</translation>
    </message>
    <message>
        <source>Last saved: %1</source>
        <translation>上次保存：%1</translation>
    </message>
    <message>
        <source>Attachments: %1</source>
        <translation>附件：%1</translation>
    </message>
    <message>
        <source>Warning: changed since then: %1</source>
        <translation>警告：此后已更改：%1</translation>
    </message>
    <message>
        <source>Warning: no longer there, so not attached: %1</source>
        <translation>警告：已不存在，因此未附加：%1</translation>
    </message>
    <message>
        <source>Restore Message</source>
        <translation>恢复邮件</translation>
    </message>
    <message>
        <source>Qourier was closed while you were writing a message. Restore it?</source>
        <translation>您撰写邮件时 Qourier 被关闭了。要恢复这封邮件吗？</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Keep as Draft</source>
        <translation>存为草稿</translation>
    </message>
    <message>
        <source>Message restored.</source>
        <translation>邮件已恢复。</translation>
    </message>
    <message>
        <source>The message is in File ▸ Drafts.</source>
        <translation>邮件位于“文件 ▸ 草稿”。</translation>
    </message>
    <message>
        <source>the password is asked when you next send</source>
        <translation>下次发送时会询问密码</translation>
    </message>
    <message>
        <source>the account of this message no longer exists</source>
        <translation>此邮件的账户已不存在</translation>
    </message>
    <message>
        <source>The message cannot be put in the Outbox</source>
        <translation>无法将邮件放入发件箱</translation>
    </message>
    <message>
        <source>Not sent yet: it will be retried</source>
        <translation>尚未发送：将自动重试</translation>
    </message>
    <message>
        <source>%1 The message waits in the Outbox and is sent again at %2, or when you choose Retry Now there.</source>
        <translation>%1 邮件在发件箱中等待，将于 %2 再次发送，或在发件箱中选择“立即重试”时发送。</translation>
    </message>
    <message>
        <source>Message waiting in the Outbox.</source>
        <translation>邮件正在发件箱中等待。</translation>
    </message>
    <message>
        <source>Maybe sent: please decide</source>
        <translation>可能已发送：请您决定</translation>
    </message>
    <message>
        <source>The whole message reached the server, but the connection broke before the server confirmed it. It may have arrived; sending it again could give the recipients two copies. Qourier will not send it again by itself.</source>
        <translation>整封邮件已到达服务器，但在服务器确认之前连接断开了。邮件可能已经送达；再次发送可能使收件人收到两份。Qourier 不会自行重新发送。</translation>
    </message>
    <message>
        <source>In the Outbox, choose Mark as Sent if it arrived, or Send Again.</source>
        <translation>在发件箱中：如果已送达，请选择“标记为已发送”，否则选择“再次发送”。</translation>
    </message>
    <message>
        <source>Open Outbox…</source>
        <translation>打开发件箱…</translation>
    </message>
    <message>
        <source>Delivery uncertain: see the Outbox.</source>
        <translation>投递情况不确定：请查看发件箱。</translation>
    </message>
    <message>
        <source>this message was queued by qourier send with its own password: send it with `qourier outbox flush`</source>
        <translation>此邮件由 qourier send 使用其自带的密码放入队列：请用 `qourier outbox flush` 发送</translation>
    </message>
    <message>
        <source>Sign in again to send from %1</source>
        <translation>请重新登录以从 %1 发送</translation>
    </message>
    <message>
        <source>Cannot sign in to %1 now</source>
        <translation>现在无法登录 %1</translation>
    </message>
    <message>
        <source>Edit the account and choose the sign-in button again. The message stays here.</source>
        <translation>请编辑账户并再次点击登录按钮。邮件仍保留在这里。</translation>
    </message>
    <message>
        <source>Check the network connection and try again. The message stays here.</source>
        <translation>请检查网络连接后重试。邮件仍保留在这里。</translation>
    </message>
    <message>
        <source>Edit Account…</source>
        <translation>编辑账户…</translation>
    </message>
    <message>
        <source>No keychain answered, so Qourier cannot keep your password: it is asked each time and kept in memory only until Qourier closes.

Password for %1 on %2:</source>
        <translation>没有密钥环响应，因此 Qourier 无法保存你的密码：每次都会询问，并且只保存在内存中，直到 Qourier 关闭。

%1 在 %2 上的密码：</translation>
    </message>
    <message>
        <source>Putting the message in the Outbox…</source>
        <translation>正在将邮件放入发件箱…</translation>
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
        <translation>Microsoft 登录</translation>
    </message>
    <message>
        <source>Google sign-in</source>
        <translation>Google 登录</translation>
    </message>
    <message>
        <source>OAuth sign-in</source>
        <translation>OAuth 登录</translation>
    </message>
    <message>
        <source>Password (%1)</source>
        <comment>sign-in with this user name</comment>
        <translation>密码（%1）</translation>
    </message>
    <message>
        <source>None</source>
        <comment>no sign-in</comment>
        <translation>无</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>移除账户</translation>
    </message>
    <message>
        <source>Remove the account “%1”?</source>
        <translation>要移除账户“%1”吗？</translation>
    </message>
    <message>
        <source>Its settings are forgotten and its password or sign-in is deleted from the system keychain. Messages already in the Outbox from it stay there until you edit or delete them.</source>
        <translation>它的设置将被忘记，其密码或登录凭据将从系统密钥环中删除。发件箱中已有的该账户邮件会保留，直到你编辑或删除它们。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>The keychain kept the password of “%1”</source>
        <translation>密钥环仍保留着“%1”的密码</translation>
    </message>
    <message>
        <source>The account is removed, but the system keychain did not delete its secret.</source>
        <translation>账户已移除，但系统密钥环没有删除它的凭据。</translation>
    </message>
    <message>
        <source>Delete the entry for Qourier with your desktop&apos;s password manager (Passwords and Keys).</source>
        <translation>请用桌面的密码管理器（“密码和密钥”）删除 Qourier 的条目。</translation>
    </message>
    <message>
        <source>The account cannot be removed</source>
        <translation>无法移除账户</translation>
    </message>
    <message>
        <source>Account “%1” removed.</source>
        <translation>账户“%1”已移除。</translation>
    </message>
</context>
<context>
    <name>ComposerWindow</name>
    <message>
        <source>Message body</source>
        <translation>邮件正文</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected attachments (Delete)</source>
        <translation>移除选中的附件（Delete）</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>From</source>
        <translation>发件人</translation>
    </message>
    <message>
        <source>Names or addresses, separated by commas</source>
        <translation>姓名或地址，用逗号分隔</translation>
    </message>
    <message>
        <source>To</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>抄送</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>密送</translation>
    </message>
    <message>
        <source>Bcc recipients get the message, but nobody sees their addresses</source>
        <translation>密送收件人会收到邮件，但其他人看不到他们的地址</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Show the Cc field (copy to)</source>
        <translation>显示抄送栏</translation>
    </message>
    <message>
        <source>Show Cc field</source>
        <translation>显示抄送栏</translation>
    </message>
    <message>
        <source>Show the Bcc field (blind copy)</source>
        <translation>显示密送栏（收件人互相看不到）</translation>
    </message>
    <message>
        <source>Show Bcc field</source>
        <translation>显示密送栏</translation>
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation>抄送(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Bcc:</source>
        <translation>密送(&amp;B)：</translation>
    </message>
    <message>
        <source>Fr&amp;om:</source>
        <translation>发件人(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>收件人(&amp;T)：</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>主题(&amp;U)：</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>&amp;Rich Text</source>
        <translation>富文本(&amp;R)</translation>
    </message>
    <message>
        <source>Send formatted text (HTML with a plain-text copy); off: plain text only</source>
        <translation>发送带格式的文本（HTML 并附纯文本副本）；关闭时只发送纯文本</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>粗体(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>斜体(&amp;I)</translation>
    </message>
    <message>
        <source>B&amp;ulleted List</source>
        <translation>项目符号列表(&amp;U)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+8</source>
        <translation>Ctrl+Shift+8</translation>
    </message>
    <message>
        <source>&amp;Numbered List</source>
        <translation>编号列表(&amp;N)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+7</source>
        <translation>Ctrl+Shift+7</translation>
    </message>
    <message>
        <source>Block &amp;Quote</source>
        <translation>引用块(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+9</source>
        <translation>Ctrl+Shift+9</translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation>链接(&amp;L)…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <source>Send the message (Ctrl+Return)</source>
        <translation>发送邮件（Ctrl+Return）</translation>
    </message>
    <message>
        <source>&amp;Attach Files…</source>
        <translation>添加附件(&amp;A)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Attach files (you can also drop or paste them)</source>
        <translation>添加附件（也可以拖放或粘贴文件）</translation>
    </message>
    <message>
        <source>Outgoing &amp;Server Settings…</source>
        <translation>发信服务器设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Cc Field</source>
        <translation>抄送栏(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Bcc Field</source>
        <translation>密送栏(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Formatting Toolbar</source>
        <translation>格式工具栏(&amp;F)</translation>
    </message>
    <message>
        <source>Connection &amp;Log</source>
        <translation>连接日志(&amp;L)</translation>
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
        <translation>撰写</translation>
    </message>
    <message>
        <source>No sender yet: set up the outgoing server</source>
        <translation>还没有发件人：请设置发信服务器</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>Write: (no subject) — Qourier</source>
        <translation>写邮件：（无主题）— Qourier</translation>
    </message>
    <message>
        <source>Write: %1 — Qourier</source>
        <translation>写邮件：%1 — Qourier</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s), %1</source>
        <translation>
            <numerusform>%n 个附件，%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Switch to Plain Text</source>
        <translation>切换为纯文本</translation>
    </message>
    <message>
        <source>Switch this message to plain text?</source>
        <translation>将这封邮件切换为纯文本吗？</translation>
    </message>
    <message>
        <source>Formatting and the images in the text will be removed.</source>
        <translation>格式和正文中的图片将被删除。</translation>
    </message>
    <message>
        <source>Keep Rich Text</source>
        <translation>保留富文本</translation>
    </message>
    <message>
        <source>Insert Link</source>
        <translation>插入链接</translation>
    </message>
    <message>
        <source>Link address (empty removes the link):</source>
        <translation>链接地址（留空则删除链接）：</translation>
    </message>
    <message>
        <source>Message Being Sent</source>
        <translation>邮件正在发送</translation>
    </message>
    <message>
        <source>Stop sending and close the window?</source>
        <translation>停止发送并关闭窗口吗？</translation>
    </message>
    <message>
        <source>The message has not been sent yet.</source>
        <translation>邮件还没有发送完。</translation>
    </message>
    <message>
        <source>Stop and Close</source>
        <translation>停止并关闭</translation>
    </message>
    <message>
        <source>Keep Sending</source>
        <translation>继续发送</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>沙盒</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sandbox:&lt;/b&gt; messages you send stay on this computer.</source>
        <translation>&lt;b&gt;沙盒：&lt;/b&gt;你发送的邮件只留在这台电脑上。</translation>
    </message>
    <message>
        <source>Qourier&apos;s built-in mail server receives them, so you can see exactly what would be sent. Nothing leaves this computer.</source>
        <translation>由 Qourier 内置的邮件服务器接收，你可以看到实际会发出的确切内容。任何内容都不会离开这台电脑。</translation>
    </message>
    <message>
        <source>Sandbox: messages you send stay on this computer.</source>
        <translation>沙盒：你发送的邮件只留在这台电脑上。</translation>
    </message>
    <message>
        <source>Show Sandbox &amp;Mail</source>
        <translation>查看沙盒邮件(&amp;M)</translation>
    </message>
    <message>
        <source>Open the messages the sandbox has received</source>
        <translation>打开沙盒收到的邮件</translation>
    </message>
    <message>
        <source>Use a &amp;Real Account…</source>
        <translation>使用真实账户(&amp;R)…</translation>
    </message>
    <message>
        <source>Set up the server that sends your mail to its recipients</source>
        <translation>设置把邮件发送给收件人的服务器</translation>
    </message>
    <message>
        <source>&amp;Sandbox Mail</source>
        <translation>沙盒邮件(&amp;S)</translation>
    </message>
    <message>
        <source>The messages Qourier&apos;s built-in sandbox server has received</source>
        <translation>Qourier 内置沙盒服务器收到的邮件</translation>
    </message>
    <message>
        <source>Open the Outbox</source>
        <translation>打开发件箱</translation>
    </message>
    <message>
        <source>Save &amp;Draft</source>
        <translation>保存草稿(&amp;D)</translation>
    </message>
    <message>
        <source>Keep this message in File ▸ Drafts to finish it later (Ctrl+S)</source>
        <translation>将此邮件保存到“文件 ▸ 草稿”，稍后完成（Ctrl+S）</translation>
    </message>
    <message>
        <source>D&amp;rafts…</source>
        <translation>草稿(&amp;R)…</translation>
    </message>
    <message>
        <source>The messages you saved to finish later</source>
        <translation>您保存以便稍后完成的邮件</translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation>发件箱(&amp;O)…</translation>
    </message>
    <message>
        <source>Messages waiting to be sent, and those that could not be</source>
        <translation>等待发送以及未能发送的邮件</translation>
    </message>
    <message>
        <source>&amp;Undo Send Delay…</source>
        <translation>撤销发送延迟(&amp;U)…</translation>
    </message>
    <message>
        <source>How long Send waits, so that you can take the message back</source>
        <translation>点击发送后等待多久，以便您撤回邮件</translation>
    </message>
    <message>
        <source>Undo Send Delay</source>
        <translation>撤销发送延迟</translation>
    </message>
    <message>
        <source>Seconds to wait after Send, during which Undo takes the message back (0: send at once):</source>
        <translation>点击发送后等待的秒数，在此期间可撤销并收回邮件（0：立即发送）：</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting in the Outbox</source>
        <translation>
            <numerusform>发件箱中有 %n 封等待</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Message</source>
        <translation>保存邮件</translation>
    </message>
    <message>
        <source>Save this message as a draft before closing?</source>
        <translation>关闭前将此邮件保存为草稿吗？</translation>
    </message>
    <message>
        <source>It has not been sent. A saved draft stays in File ▸ Drafts.</source>
        <translation>邮件尚未发送。保存的草稿位于“文件 ▸ 草稿”。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Accou&amp;nts…</source>
        <translation>账户(&amp;N)…</translation>
    </message>
    <message>
        <source>Add, edit or remove the accounts you send from, and choose the default</source>
        <translation>添加、编辑或移除用于发信的账户，并选择默认账户</translation>
    </message>
</context>
<context>
    <name>ConnectionLogDock</name>
    <message>
        <source>Connection Log</source>
        <translation>连接日志</translation>
    </message>
    <message>
        <source>Connection log</source>
        <translation>连接日志</translation>
    </message>
    <message>
        <source>Conversation with the server</source>
        <translation>与服务器的对话</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the log to the clipboard (passwords are never in it)</source>
        <translation>将日志复制到剪贴板（其中绝不包含密码）</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>清空(&amp;L)</translation>
    </message>
    <message>
        <source>Connection to %1, port %2, at %3</source>
        <translation>连接到 %1，端口 %2，时间 %3</translation>
    </message>
</context>
<context>
    <name>ConnectionWizard</name>
    <message>
        <source>Add Account</source>
        <translation>添加账户</translation>
    </message>
    <message>
        <source>Edit Account</source>
        <translation>编辑账户</translation>
    </message>
    <message>
        <source>Server: %1 port %2, %3</source>
        <translation>服务器：%1 端口 %2，%3</translation>
    </message>
    <message>
        <source>No sign-in.</source>
        <translation>无需登录。</translation>
    </message>
    <message>
        <source>Signs in as %1.</source>
        <translation>以 %1 登录。</translation>
    </message>
    <message>
        <source>Trusted certificate (SHA-256): %1</source>
        <translation>受信任的证书（SHA-256）：%1</translation>
    </message>
    <message>
        <source>The settings are saved in Qourier&apos;s configuration file; the password goes to your system&apos;s keychain only.</source>
        <translation>设置保存在 Qourier 的配置文件中；密码只保存到系统密钥环。</translation>
    </message>
    <message>
        <source>Signs in as %1 with OAuth 2 (XOAUTH2): no password is stored, only the sign-in.</source>
        <translation>以 %1 的身份通过 OAuth 2（XOAUTH2）登录：不保存密码，只保存登录授权。</translation>
    </message>
</context>
<context>
    <name>ConnectionWizardAdvice</name>
    <message>
        <source>QQ Mail does not accept your QQ password here: it needs an authorization code (授权码). In QQ Mail on the web open Settings → Account, turn on the POP3/SMTP service, generate an authorization code and enter that code as the password.</source>
        <translation>QQ 邮箱不接受在这里使用 QQ 密码：它需要授权码。请在网页版 QQ 邮箱中打开“设置 → 账户”，开启 POP3/SMTP 服务，生成授权码，并把授权码作为密码填入。</translation>
    </message>
    <message>
        <source>Tencent Exmail: when WeChat secure login is on, the mailbox password is refused. Create a client-specific password (客户端专用密码) in the web mail&apos;s settings and enter it as the password.</source>
        <translation>腾讯企业邮箱：开启微信安全登录后，邮箱密码会被拒绝。请在网页版邮箱的设置中生成客户端专用密码，并把它作为密码填入。</translation>
    </message>
    <message>
        <source>NetEase Mail (163, 126, yeah.net) needs SMTP switched on and a client authorization code (客户端授权码): in the web mail open Settings → POP3/SMTP/IMAP, turn on the SMTP service, create an authorization code and enter it as the password instead of your login password.</source>
        <translation>网易邮箱（163、126、yeah.net）需要开启 SMTP 并使用客户端授权码：请在网页版邮箱中打开“设置 → POP3/SMTP/IMAP”，开启 SMTP 服务，生成授权码，并用它代替登录密码填入。</translation>
    </message>
    <message>
        <source>Sina Mail: turn on the client POP/IMAP/SMTP service in the web mail&apos;s settings and enter the authorization code it gives you as the password.</source>
        <translation>新浪邮箱：请在网页版邮箱的设置中开启客户端 POP/IMAP/SMTP 服务，并把它给你的授权码作为密码填入。</translation>
    </message>
    <message>
        <source>Sohu Mail: turn on POP3/SMTP in the web mail&apos;s settings and use the independent password (独立密码) it asks you to set as the password.</source>
        <translation>搜狐邮箱：请在网页版邮箱的设置中开启 POP3/SMTP，并使用它要求你设置的独立密码作为密码。</translation>
    </message>
    <message>
        <source>Aliyun Mail: check in the web mail&apos;s settings that POP3/SMTP access is turned on, then use your mailbox password.</source>
        <translation>阿里云邮箱：请在网页版邮箱的设置中确认已开启 POP3/SMTP 访问，然后使用邮箱密码。</translation>
    </message>
    <message>
        <source>139 Mail: turn on POP/SMTP in the web mail&apos;s settings; if it gives you an authorization code, enter that code as the password.</source>
        <translation>139 邮箱：请在网页版邮箱的设置中开启 POP/SMTP；如果它给了你授权码，请把授权码作为密码填入。</translation>
    </message>
    <message>
        <source>Yahoo Mail needs an app password: in your Yahoo account&apos;s security settings choose &quot;Generate app password&quot; and enter it here instead of your Yahoo password.</source>
        <translation>Yahoo 邮箱需要应用专用密码：请在 Yahoo 账户的安全设置中选择“生成应用密码”，然后在这里填入它，而不是 Yahoo 密码。</translation>
    </message>
    <message>
        <source>iCloud Mail needs an app-specific password: create one at appleid.apple.com (Sign-In and Security → App-Specific Passwords) and enter it here. The user name is your full iCloud address.</source>
        <translation>iCloud 邮件需要 App 专用密码：请在 appleid.apple.com（登录与安全 → App 专用密码）创建一个，然后在这里填入。用户名是完整的 iCloud 地址。</translation>
    </message>
    <message>
        <source>GMX: turn on POP3/IMAP access in the web mail&apos;s settings, then use your GMX password (or an application-specific password when two-factor authentication is on).</source>
        <translation>GMX：请在网页版邮箱的设置中开启 POP3/IMAP 访问，然后使用 GMX 密码（开启双重验证时使用应用专用密码）。</translation>
    </message>
    <message>
        <source>Zoho Mail: with two-factor authentication on, create an application-specific password (Zoho Accounts → Security → App Passwords) and enter it here; check also that SMTP access is allowed in Mail Settings.</source>
        <translation>Zoho 邮箱：开启双重验证时，请创建应用专用密码（Zoho 账户 → 安全 → 应用密码）并在这里填入；同时确认邮件设置中允许 SMTP 访问。</translation>
    </message>
    <message>
        <source>Fastmail needs an app password: Settings → Privacy &amp; Security → App passwords, create one that may send mail (SMTP) and enter it here.</source>
        <translation>Fastmail 需要应用密码：在“设置 → 隐私与安全 → 应用密码”中创建一个可以发送邮件（SMTP）的密码，然后在这里填入。</translation>
    </message>
    <message>
        <source>Yandex Mail: allow mail programs in the mail settings (Mail clients) and create an app password for mail; enter it here instead of your Yandex password.</source>
        <translation>Yandex 邮箱：请在邮件设置（邮件客户端）中允许邮件程序访问，并创建一个用于邮件的应用密码；在这里填入它，而不是 Yandex 密码。</translation>
    </message>
    <message>
        <source>Proton Mail works only through Proton Mail Bridge: start the Bridge and use the user name and the password the Bridge shows, not your Proton password. The Bridge has its own certificate: trust it when Qourier asks.</source>
        <translation>Proton Mail 只能通过 Proton Mail Bridge 使用：请启动 Bridge，并使用 Bridge 显示的用户名和密码，而不是 Proton 密码。Bridge 有自己的证书：Qourier 询问时请信任它。</translation>
    </message>
    <message>
        <source>HiNet: msa.hinet.net accepts mail after sign-in with your HiNet mailbox&apos;s full address and its password; check both in HiNet&apos;s web mail.</source>
        <translation>HiNet：msa.hinet.net 需要用 HiNet 邮箱的完整地址和密码登录后才接收邮件；请在 HiNet 网页版邮箱中核对这两项。</translation>
    </message>
    <message>
        <source>PChome Mail: check that POP3/SMTP access is turned on in the web mail&apos;s settings, then use your full address and mailbox password.</source>
        <translation>PChome 邮箱：请确认网页版邮箱的设置中已开启 POP3/SMTP 访问，然后使用完整地址和邮箱密码。</translation>
    </message>
    <message>
        <source>The certificate of %1 has changed</source>
        <translation>%1 的证书已更改</translation>
    </message>
    <message>
        <source>This is not the certificate you trusted for this account. Servers renew their certificates, but a different certificate is also what someone intercepting the connection would show. Trust the new one only if the server&apos;s administrator confirms its fingerprint.</source>
        <translation>这不是你为这个账户信任的证书。服务器会更新证书，但拦截连接的人出示的也会是一张不同的证书。只有在服务器管理员确认了它的指纹后才信任新证书。</translation>
    </message>
    <message>
        <source>No certificate authority that Qourier trusts vouches for this server&apos;s certificate. If you know the server (your company&apos;s, a test server, Proton Mail Bridge), compare the fingerprint below with the one its administrator gives you and trust exactly this certificate for this account. Nothing else changes: any other certificate will be asked about again.</source>
        <translation>没有任何 Qourier 信任的证书颁发机构为这台服务器的证书担保。如果你了解这台服务器（公司的服务器、测试服务器、Proton Mail Bridge），请把下面的指纹与管理员提供的指纹进行比对，然后只为这个账户信任这一张证书。其他都不会改变：遇到任何其他证书时仍会再次询问。</translation>
    </message>
    <message>
        <source>The server does not offer encryption (STARTTLS) on port %1, so Qourier stopped before sending your password.</source>
        <translation>服务器在端口 %1 上不提供加密（STARTTLS），所以 Qourier 在发送密码之前就停止了。</translation>
    </message>
    <message>
        <source>Try SSL/TLS on port 465. Choose no encryption only if this server really offers none, and only after confirming that you understand the risks.</source>
        <translation>请尝试在端口 465 上使用 SSL/TLS。只有在这台服务器确实不提供加密时才选择不加密，并且要先确认你了解其中的风险。</translation>
    </message>
    <message>
        <source>Try STARTTLS on Port 587</source>
        <translation>尝试在端口 587 上使用 STARTTLS</translation>
    </message>
    <message>
        <source>Try SSL/TLS on Port 465</source>
        <translation>尝试在端口 465 上使用 SSL/TLS</translation>
    </message>
    <message>
        <source>Servers listen for SSL/TLS on port 465 and for STARTTLS on port 587; a firewall may also block one of them.</source>
        <translation>服务器在端口 465 上监听 SSL/TLS，在端口 587 上监听 STARTTLS；防火墙也可能封锁其中一个。</translation>
    </message>
    <message>
        <source>Google does not accept your normal Google password here. Turn on 2-Step Verification for your Google account, then create an app password (Google Account → Security → App passwords) and enter its 16 letters as the password — or go back and choose Sign in with Google, which needs no password here at all.</source>
        <translation>Google 不接受在这里使用你平常的 Google 密码。请为 Google 账户开启两步验证，然后创建一个应用专用密码（Google 账户 → 安全性 → 应用专用密码），把它的 16 个字母填作密码——或者返回并选择“通过 Google 登录”，这样这里根本不需要密码。</translation>
    </message>
    <message>
        <source>Microsoft has turned off password sign-in (basic authentication) for SMTP on most Outlook.com, Hotmail and Live accounts, so even the right password is refused. Go back to the first page and choose Sign in with Microsoft instead of a password.</source>
        <translation>Microsoft 已为大多数 Outlook.com、Hotmail 和 Live 账户关闭了 SMTP 的密码登录（基本身份验证），所以即使密码正确也会被拒绝。请返回第一页，选择“通过 Microsoft 登录”，而不是输入密码。</translation>
    </message>
    <message>
        <source>Microsoft 365 turns password sign-in for SMTP (SMTP AUTH) off by default. Your administrator can turn on &quot;Authenticated SMTP&quot; for your mailbox; otherwise go back to the first page and choose Sign in with Microsoft instead of a password.</source>
        <translation>Microsoft 365 默认关闭 SMTP 的密码登录（SMTP AUTH）。管理员可以为你的邮箱开启“经过身份验证的 SMTP”；否则请返回第一页，选择“通过 Microsoft 登录”，而不是输入密码。</translation>
    </message>
</context>
<context>
    <name>ConnectionWizardController</name>
    <message>
        <source>the keychain did not answer in time</source>
        <translation>密钥环没有及时响应</translation>
    </message>
    <message>
        <source>no keychain is available</source>
        <translation>没有可用的密钥环</translation>
    </message>
    <message>
        <source>no keychain is available: %1</source>
        <translation>没有可用的密钥环：%1</translation>
    </message>
    <message>
        <source>No settings found for %1. Enter the outgoing (SMTP) server your provider gives you.</source>
        <translation>没有找到 %1 的设置。请填入邮件服务商提供的发信（SMTP）服务器。</translation>
    </message>
    <message>
        <source>Found in Qourier&apos;s list of providers: %1.</source>
        <translation>在 Qourier 的邮件服务商列表中找到：%1。</translation>
    </message>
    <message>
        <source>Found in the settings %1 publishes at %2.</source>
        <translation>在 %1 发布于 %2 的设置中找到。</translation>
    </message>
    <message>
        <source>Found in the DNS of %1 (the %2 record). DNS can be forged, so the test checks the server&apos;s certificate for this name.</source>
        <translation>在 %1 的 DNS（%2 记录）中找到。DNS 可能被伪造，所以测试会检查服务器证书是否属于这个名称。</translation>
    </message>
    <message>
        <source>Mail for %1 is handled by %2 (its MX host is %3), so Qourier uses %2&apos;s server.</source>
        <translation>%1 的邮件由 %2 处理（其 MX 主机是 %3），所以 Qourier 使用 %2 的服务器。</translation>
    </message>
    <message>
        <source>Found by trying likely servers: %1 answered on port %2.</source>
        <translation>通过尝试可能的服务器找到：%1 在端口 %2 上作出了响应。</translation>
    </message>
    <message>
        <source>Signed in with %1; the sign-in is kept in your system&apos;s keychain.</source>
        <translation>已通过 %1 登录；登录授权保存在系统密钥环中。</translation>
    </message>
    <message>
        <source>%1 prefers that you sign in on its own page (OAuth 2), but this copy of Qourier has no OAuth client id for %1. To use it, register Qourier with %1 as a desktop app and set the client id as &quot;%2&quot; in %3. Until then, type an app password above.</source>
        <translation>%1 希望你在它自己的页面上登录（OAuth 2），但这份 Qourier 没有 %1 的 OAuth 客户端 ID。要使用这种登录方式，请在 %1 将 Qourier 注册为桌面应用，然后在 %3 中把客户端 ID 设置为“%2”。在此之前，请在上方输入应用专用密码。</translation>
    </message>
    <message>
        <source>Your web browser shows %1&apos;s sign-in page now. Sign in there and allow Qourier to send mail; then come back here.</source>
        <translation>你的网页浏览器现在会显示 %1 的登录页面。请在那里登录并允许 Qourier 发送邮件，然后回到这里。</translation>
    </message>
    <message>
        <source>Signing in with %1 did not work: %2</source>
        <translation>通过 %1 登录未成功：%2</translation>
    </message>
    <message>
        <source>Signed in with %1. Qourier sends with this sign-in and never sees your password; click Next to test it.</source>
        <translation>已通过 %1 登录。Qourier 用这个登录授权发信，永远不会看到你的密码；点击“下一步”进行测试。</translation>
    </message>
    <message>
        <source>%1 may refuse a password here: go Back and choose Sign in with %2, or use an app password.</source>
        <translation>%1 可能会在这里拒绝密码：请点“上一步”并选择“通过 %2 登录”，或者使用应用专用密码。</translation>
    </message>
</context>
<context>
    <name>ConnectionWizardFindPage</name>
    <message>
        <source>Outgoing server</source>
        <translation>发信服务器</translation>
    </message>
    <message>
        <source>Qourier looks up the server for your address and says where it found it. Correct anything your provider tells you otherwise.</source>
        <translation>Qourier 会为你的地址查找服务器，并说明在哪里找到的。如果邮件服务商给出的信息不同，请加以更正。</translation>
    </message>
    <message>
        <source>Enter Settings Myself</source>
        <translation>自己填写设置</translation>
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
        <translation>我了解其中的风险</translation>
    </message>
    <message>
        <source>Without encryption, your password and every message travel as readable text: anyone on the way can read and change them.</source>
        <translation>不加密时，你的密码和每封邮件都以可读的文本传输：途中的任何人都能读取并篡改它们。</translation>
    </message>
    <message>
        <source>empty: no sign-in</source>
        <translation>留空：不登录</translation>
    </message>
    <message>
        <source>Automatic (the safest the server offers)</source>
        <translation>自动（服务器提供的最安全方式）</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>安全(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Sign-in &amp;method:</source>
        <translation>登录方式(&amp;M)：</translation>
    </message>
    <message>
        <source>Connect through a &amp;proxy</source>
        <translation>通过代理连接(&amp;P)</translation>
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
        <translation>请填入邮件服务商提供的发信（SMTP）服务器。</translation>
    </message>
    <message>
        <source>Looking up the settings for %1…</source>
        <translation>正在查找 %1 的设置…</translation>
    </message>
    <message>
        <source>SSL/TLS (encrypted from the start)</source>
        <translation>SSL/TLS（从一开始就加密）</translation>
    </message>
    <message>
        <source>STARTTLS (encrypted after connecting)</source>
        <translation>STARTTLS（连接后加密）</translation>
    </message>
    <message>
        <source>None (not encrypted)</source>
        <translation>无（不加密）</translation>
    </message>
    <message>
        <source>The saved settings of this account.</source>
        <translation>这个账户已保存的设置。</translation>
    </message>
    <message>
        <source>This server offers no encryption. Use it only if you understand the risks, or ask your provider for a secure server.</source>
        <translation>这台服务器不提供加密。只有在你了解其中风险时才使用它，或者向邮件服务商索取安全的服务器。</translation>
    </message>
    <message>
        <source>System proxy settings</source>
        <translation>系统代理设置</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>Pro&amp;xy server:</source>
        <translation>代理服务器(&amp;X)：</translation>
    </message>
    <message>
        <source>Proxy type</source>
        <translation>代理类型</translation>
    </message>
    <message>
        <source>Proxy server</source>
        <translation>代理服务器</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>代理端口</translation>
    </message>
    <message>
        <source>Proxy use&amp;r:</source>
        <translation>代理用户名(&amp;R)：</translation>
    </message>
    <message>
        <source>Proxy pass&amp;word:</source>
        <translation>代理密码(&amp;W)：</translation>
    </message>
</context>
<context>
    <name>ConnectionWizardSavePage</name>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>The test passed. Name the account and add a signature if you like.</source>
        <translation>测试通过。请为账户命名，如果愿意，还可以添加签名。</translation>
    </message>
    <message>
        <source>Account &amp;name:</source>
        <translation>账户名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Si&amp;gnature:</source>
        <translation>签名(&amp;G)：</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>The account was not saved: %1</source>
        <translation>账户未保存：%1</translation>
    </message>
    <message>
        <source>The account is saved, but the system keychain did not take the password (%1). Qourier will ask for it each time it sends; it never writes it to a file. Click Finish to close.</source>
        <translation>账户已保存，但系统密钥环没有接收密码（%1）。Qourier 每次发送时都会询问密码；它绝不会把密码写入文件。点击“完成”关闭。</translation>
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
        <translation>测试</translation>
    </message>
    <message>
        <source>Qourier connects, sets up encryption, asks what the server offers, signs in and says goodbye. It sends no message.</source>
        <translation>Qourier 会连接、建立加密、询问服务器提供哪些功能、登录，然后道别。它不会发送任何邮件。</translation>
    </message>
    <message>
        <source>Trust This Certificate for This Account</source>
        <translation>为这个账户信任此证书</translation>
    </message>
    <message>
        <source>Test Again</source>
        <translation>再次测试</translation>
    </message>
    <message>
        <source>Show Transcript</source>
        <translation>显示对话记录</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Encryption (TLS)</source>
        <translation>加密（TLS）</translation>
    </message>
    <message>
        <source>Server capabilities (EHLO)</source>
        <translation>服务器功能（EHLO）</translation>
    </message>
    <message>
        <source>Sign-in (AUTH)</source>
        <translation>登录（AUTH）</translation>
    </message>
    <message>
        <source>Goodbye (QUIT)</source>
        <translation>道别（QUIT）</translation>
    </message>
    <message>
        <source>Testing %1 port %2…</source>
        <translation>正在测试 %1 端口 %2…</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2…</source>
        <translation>正在连接 %1 端口 %2…</translation>
    </message>
    <message>
        <source>Connected to %1 port %2.</source>
        <translation>已连接到 %1 端口 %2。</translation>
    </message>
    <message>
        <source>Setting up encryption…</source>
        <translation>正在建立加密…</translation>
    </message>
    <message>
        <source>Not encrypted: you chose clear text and accepted the risks.</source>
        <translation>未加密：你选择了明文并接受了其中的风险。</translation>
    </message>
    <message>
        <source>Asking what the server offers…</source>
        <translation>正在询问服务器提供哪些功能…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>No user name: the server is used without signing in.</source>
        <translation>没有用户名：不登录就使用服务器。</translation>
    </message>
    <message>
        <source>Said goodbye. No message was sent.</source>
        <translation>已道别。没有发送任何邮件。</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1，使用 %2</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <source>Largest message: %1</source>
        <translation>最大邮件：%1</translation>
    </message>
    <message>
        <source>Largest message: no fixed limit</source>
        <translation>最大邮件：没有固定限制</translation>
    </message>
    <message>
        <source>Largest message: not announced</source>
        <translation>最大邮件：未公布</translation>
    </message>
    <message>
        <source>PIPELINING: %1 · 8BITMIME: %2 · SMTPUTF8: %3</source>
        <translation>PIPELINING：%1 · 8BITMIME：%2 · SMTPUTF8：%3</translation>
    </message>
    <message>
        <source>Sign-in methods: %1</source>
        <translation>登录方式：%1</translation>
    </message>
    <message>
        <source>none offered</source>
        <translation>未提供</translation>
    </message>
    <message>
        <source>Signed in with %1.</source>
        <translation>已使用 %1 登录。</translation>
    </message>
    <message>
        <source>Everything works: %1 accepted the connection%2. No message was sent.</source>
        <translation>一切正常：%1 接受了连接%2。没有发送任何邮件。</translation>
    </message>
    <message>
        <source> and your sign-in</source>
        <translation>和你的登录</translation>
    </message>
    <message>
        <source>The test stopped. What went wrong and what to do:</source>
        <translation>测试已停止。出了什么问题，以及该怎么做：</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>服务器回复：%1</translation>
    </message>
    <message>
        <source>Trust the New Certificate for This Account</source>
        <translation>为这个账户信任新证书</translation>
    </message>
    <message>
        <source>Connection Transcript</source>
        <translation>连接对话记录</translation>
    </message>
    <message>
        <source>Passwords and sign-in data are hidden. Lines starting with C: are Qourier&apos;s, S: the server&apos;s, * what Qourier did.</source>
        <translation>密码和登录数据已隐藏。以 C: 开头的行来自 Qourier，S: 来自服务器，* 表示 Qourier 执行的操作。</translation>
    </message>
</context>
<context>
    <name>ConnectionWizardWhoPage</name>
    <message>
        <source>Who are you?</source>
        <translation>你是谁？</translation>
    </message>
    <message>
        <source>Your name and address appear in the From line of your messages.</source>
        <translation>你的姓名和地址会显示在邮件的“发件人”一行中。</translation>
    </message>
    <message>
        <source>Alice Example</source>
        <translation>张三</translation>
    </message>
    <message>
        <source>alice@example.org</source>
        <translation>zhangsan@example.cn</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>显示密码</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;E-mail address:</source>
        <translation>电子邮件地址(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Some providers want an app password or an authorization code here instead of the password you sign in to their website with; the test on a later page tells you. Qourier keeps the password in your system&apos;s keychain, never in a file. Leave it empty if your server needs no sign-in.</source>
        <translation>有些邮件服务商要求在这里填写应用专用密码或授权码，而不是你登录其网站时使用的密码；后面一页的测试会告诉你。Qourier 把密码保存在系统密钥环中，绝不写入文件。如果服务器不需要登录，请留空。</translation>
    </message>
    <message>
        <source>This address cannot be used: %1.</source>
        <translation>无法使用这个地址：%1。</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>登录状态</translation>
    </message>
    <message>
        <source>Sign in with %1 again</source>
        <translation>重新通过 %1 登录</translation>
    </message>
    <message>
        <source>Sign in with %1</source>
        <translation>通过 %1 登录</translation>
    </message>
    <message>
        <source>Opens %1&apos;s sign-in page in your web browser. Qourier never sees your %1 password.</source>
        <translation>在网页浏览器中打开 %1 的登录页面。Qourier 永远不会看到你的 %1 密码。</translation>
    </message>
    <message>
        <source>not needed: signed in with %1</source>
        <translation>不需要：已通过 %1 登录</translation>
    </message>
    <message>
        <source>or an app password instead of signing in</source>
        <translation>或者不登录，改用应用专用密码</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <comment>show the password</comment>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Show the password (%1)</source>
        <translation>显示密码（%1）</translation>
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
        <translation>已保存的草稿(&amp;S)：</translation>
    </message>
    <message>
        <source>Saved drafts</source>
        <translation>已保存的草稿</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>（无主题）</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>preparing the connection</source>
        <translation>准备连接</translation>
    </message>
    <message>
        <source>connecting to the server</source>
        <translation>连接服务器</translation>
    </message>
    <message>
        <source>setting up encryption (TLS)</source>
        <translation>建立加密（TLS）</translation>
    </message>
    <message>
        <source>waiting for the server&apos;s greeting</source>
        <translation>等待服务器的问候</translation>
    </message>
    <message>
        <source>introducing Qourier to the server (EHLO)</source>
        <translation>向服务器介绍 Qourier（EHLO）</translation>
    </message>
    <message>
        <source>asking the server to start encryption (STARTTLS)</source>
        <translation>请求服务器开始加密（STARTTLS）</translation>
    </message>
    <message>
        <source>signing in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>between two messages</source>
        <translation>两封邮件之间</translation>
    </message>
    <message>
        <source>announcing the sender (MAIL FROM)</source>
        <translation>声明发件人（MAIL FROM）</translation>
    </message>
    <message>
        <source>announcing the recipients (RCPT TO)</source>
        <translation>声明收件人（RCPT TO）</translation>
    </message>
    <message>
        <source>starting the message transfer (DATA)</source>
        <translation>开始传输邮件（DATA）</translation>
    </message>
    <message>
        <source>uploading the message</source>
        <translation>上传邮件</translation>
    </message>
    <message>
        <source>waiting for the server to accept the message</source>
        <translation>等待服务器接收邮件</translation>
    </message>
    <message>
        <source>resetting the transaction (RSET)</source>
        <translation>重置事务（RSET）</translation>
    </message>
    <message>
        <source>closing the connection (QUIT)</source>
        <translation>关闭连接（QUIT）</translation>
    </message>
    <message>
        <source>Issued to: %1</source>
        <translation>颁发给：%1</translation>
    </message>
    <message>
        <source>Valid for: %1</source>
        <translation>适用于：%1</translation>
    </message>
    <message>
        <source>Issued by: %1</source>
        <translation>颁发者：%1</translation>
    </message>
    <message>
        <source>Self-signed: it vouches for itself; no authority checked it.</source>
        <translation>自签名：它为自己担保，没有任何证书颁发机构核验过。</translation>
    </message>
    <message>
        <source>Valid from %1 to %2</source>
        <translation>有效期：%1 至 %2</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256 指纹：%1</translation>
    </message>
    <message>
        <source>the mail server</source>
        <translation>邮件服务器</translation>
    </message>
    <message>
        <source>Cannot send: something in the message or the account is not usable</source>
        <translation>无法发送：邮件或账户中有内容不可用</translation>
    </message>
    <message>
        <source>Qourier checked the message and the settings before connecting and stopped.</source>
        <translation>Qourier 在连接之前检查了邮件和设置，然后停止了。</translation>
    </message>
    <message>
        <source>Check that there is at least one recipient, that no address contains a line break, and that the server name is filled in.</source>
        <translation>请检查：至少有一个收件人，地址中没有换行，并且已填写服务器名称。</translation>
    </message>
    <message>
        <source>Could not find %1</source>
        <translation>找不到 %1</translation>
    </message>
    <message>
        <source>The server name %1 could not be turned into an address (DNS lookup failed).</source>
        <translation>无法将服务器名称 %1 解析为 IP 地址（DNS 查询失败）。</translation>
    </message>
    <message>
        <source>Check the spelling of the server name (for example smtp.gmail.com or smtp.qq.com) and that this computer is online.</source>
        <translation>请检查服务器名称的拼写（例如 smtp.gmail.com 或 smtp.qq.com），并确认这台电脑已联网。</translation>
    </message>
    <message>
        <source>Could not connect to %1</source>
        <translation>无法连接到 %1</translation>
    </message>
    <message>
        <source>The server refused the connection: nothing answers on that port.</source>
        <translation>服务器拒绝了连接：该端口上没有服务响应。</translation>
    </message>
    <message>
        <source>Check the port: 465 is for implicit TLS, 587 for STARTTLS. Some networks also block outgoing mail ports.</source>
        <translation>请检查端口：465 用于隐式 TLS，587 用于 STARTTLS。有些网络还会封锁发信端口。</translation>
    </message>
    <message>
        <source>The connection to %1 failed</source>
        <translation>与 %1 的连接失败</translation>
    </message>
    <message>
        <source>A network error interrupted the connection.</source>
        <translation>网络错误中断了连接。</translation>
    </message>
    <message>
        <source>Check that this computer is online, then try again.</source>
        <translation>请确认这台电脑已联网，然后重试。</translation>
    </message>
    <message>
        <source>The proxy could not reach %1</source>
        <translation>代理无法访问 %1</translation>
    </message>
    <message>
        <source>%1 did not answer in time</source>
        <translation>%1 未及时响应</translation>
    </message>
    <message>
        <source>No answer arrived while %1.</source>
        <translation>在%1时没有收到回复。</translation>
    </message>
    <message>
        <source>A firewall or the network may be dropping the connection silently. Try the other port (465 or 587) or another network.</source>
        <translation>防火墙或网络可能在悄悄丢弃连接。请换用另一个端口（465 或 587）或换一个网络。</translation>
    </message>
    <message>
        <source>The security setting may not match the port: 465 is for implicit TLS, 587 for STARTTLS.</source>
        <translation>安全设置可能与端口不匹配：465 用于隐式 TLS，587 用于 STARTTLS。</translation>
    </message>
    <message>
        <source>The server or the network is slow right now; try again later.</source>
        <translation>服务器或网络目前较慢，请稍后重试。</translation>
    </message>
    <message>
        <source>Could not set up a secure connection to %1</source>
        <translation>无法与 %1 建立安全连接</translation>
    </message>
    <message>
        <source>The encryption (TLS) handshake failed.</source>
        <translation>加密（TLS）握手失败。</translation>
    </message>
    <message>
        <source>Check that the security setting matches the port: 465 is for implicit TLS, 587 for STARTTLS. Choosing the wrong one fails exactly like this.</source>
        <translation>请检查安全设置是否与端口匹配：465 用于隐式 TLS，587 用于 STARTTLS。选错了就会出现这种失败。</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted</source>
        <translation>%1 的证书不受信任</translation>
    </message>
    <message>
        <source>The server showed a certificate that could not be verified.</source>
        <translation>服务器出示的证书无法验证。</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message>
        <source>Trust this certificate only if you recognise it, for example because your administrator gave you the same SHA-256 fingerprint. Otherwise someone may be intercepting the connection.</source>
        <translation>只有在你认得这个证书时才信任它，例如管理员给过你相同的 SHA-256 指纹。否则可能有人在拦截这个连接。</translation>
    </message>
    <message>
        <source>%1 offered no encryption</source>
        <translation>%1 不提供加密</translation>
    </message>
    <message>
        <source>The server did not offer STARTTLS, or refused it.</source>
        <translation>服务器没有提供 STARTTLS，或者拒绝了它。</translation>
    </message>
    <message>
        <source>Qourier never sends in clear text. Try port 465 with implicit TLS.</source>
        <translation>Qourier 绝不以明文发送。请尝试使用端口 465 和隐式 TLS。</translation>
    </message>
    <message>
        <source>Qourier refused an unencrypted connection to %1</source>
        <translation>Qourier 拒绝了与 %1 的未加密连接</translation>
    </message>
    <message>
        <source>The account asks for clear text, or the server wanted the password without encryption.</source>
        <translation>账户设置要求使用明文，或者服务器要求在未加密的情况下发送密码。</translation>
    </message>
    <message>
        <source>Choose STARTTLS on port 587 or implicit TLS on port 465. Clear text only makes sense for a test server on your own computer.</source>
        <translation>请选择端口 587 的 STARTTLS 或端口 465 的隐式 TLS。明文只适用于你自己电脑上的测试服务器。</translation>
    </message>
    <message>
        <source>%1 answered in a way Qourier does not understand</source>
        <translation>%1 的回复 Qourier 无法理解</translation>
    </message>
    <message>
        <source>The server sent data right after agreeing to STARTTLS, before encryption began. This can be an attack, so Qourier stopped.</source>
        <translation>服务器在同意 STARTTLS 之后、加密开始之前就发送了数据。这可能是攻击，所以 Qourier 停止了。</translation>
    </message>
    <message>
        <source>The server&apos;s reply does not follow the SMTP protocol.</source>
        <translation>服务器的回复不符合 SMTP 协议。</translation>
    </message>
    <message>
        <source>Check that the host and port belong to an outgoing mail (SMTP) server, not to an IMAP, POP3 or web server.</source>
        <translation>请确认主机和端口属于发信（SMTP）服务器，而不是 IMAP、POP3 或网页服务器。</translation>
    </message>
    <message>
        <source>%1 is not available right now</source>
        <translation>%1 暂时不可用</translation>
    </message>
    <message>
        <source>The server closed the service or turned the connection away.</source>
        <translation>服务器关闭了服务或拒绝了连接。</translation>
    </message>
    <message>
        <source>Try again later. If it keeps happening, the server may be limiting how often you send or refusing your network.</source>
        <translation>请稍后重试。如果一直如此，服务器可能在限制你的发送频率，或者拒绝你所在的网络。</translation>
    </message>
    <message>
        <source>%1 refused Qourier&apos;s greeting</source>
        <translation>%1 拒绝了 Qourier 的问候</translation>
    </message>
    <message>
        <source>The server refused both EHLO and HELO.</source>
        <translation>服务器拒绝了 EHLO 和 HELO。</translation>
    </message>
    <message>
        <source>Some servers refuse a computer name that is not a real domain: set a host name for EHLO in the account settings, or ask the provider.</source>
        <translation>有些服务器会拒绝不是真实域名的计算机名：请在账户设置中为 EHLO 设置主机名，或者咨询邮件服务商。</translation>
    </message>
    <message>
        <source>%1 offers no sign-in method Qourier can use</source>
        <translation>%1 没有提供 Qourier 可用的登录方式</translation>
    </message>
    <message>
        <source>A user name and password are set, but the server offered no suitable way to sign in.</source>
        <translation>已设置用户名和密码，但服务器没有提供合适的登录方式。</translation>
    </message>
    <message>
        <source>Many servers only offer sign-in after encryption starts: check the security setting. Otherwise ask the provider which method to use.</source>
        <translation>许多服务器只在加密开始后才提供登录：请检查安全设置。否则请向邮件服务商询问应使用哪种方式。</translation>
    </message>
    <message>
        <source>Signing in to %1 failed</source>
        <translation>登录 %1 失败</translation>
    </message>
    <message>
        <source>The server did not accept the user name and password.</source>
        <translation>服务器不接受该用户名和密码。</translation>
    </message>
    <message>
        <source>Check the user name and password. Many providers need an app password or authorization code instead of your usual password (Gmail: app password; QQ Mail/163: 授权码), and some need SMTP turned on in their web settings first.</source>
        <translation>请检查用户名和密码。许多邮件服务商要求使用应用专用密码或授权码，而不是平时的登录密码（Gmail：应用专用密码；QQ 邮箱/163：授权码），有些还需要先在网页版设置中开启 SMTP 服务。</translation>
    </message>
    <message>
        <source>This server says the sign-in method is too weak: it wants an app password.</source>
        <translation>该服务器表示登录方式安全性太低：它要求使用应用专用密码。</translation>
    </message>
    <message>
        <source>The sign-in token for %1 has expired</source>
        <translation>%1 的登录令牌已过期</translation>
    </message>
    <message>
        <source>The server rejected the access token as expired or invalid.</source>
        <translation>服务器认为访问令牌已过期或无效，拒绝了它。</translation>
    </message>
    <message>
        <source>Sign in to the account again to get a new token.</source>
        <translation>请重新登录该账户以获取新的令牌。</translation>
    </message>
    <message>
        <source>%1 refused the sender address</source>
        <translation>%1 拒绝了发件人地址</translation>
    </message>
    <message>
        <source>The server did not accept the From address of this message.</source>
        <translation>服务器不接受这封邮件的发件人（From）地址。</translation>
    </message>
    <message>
        <source>The server wants you to sign in before sending: enter your user name and password.</source>
        <translation>服务器要求先登录再发送：请输入用户名和密码。</translation>
    </message>
    <message>
        <source>Use the exact address of the account you sign in with; most providers refuse to send as any other address.</source>
        <translation>请使用与登录账户完全相同的地址；大多数邮件服务商不允许以其他地址发信。</translation>
    </message>
    <message>
        <source>%1 refused the recipients</source>
        <translation>%1 拒绝了收件人</translation>
    </message>
    <message>
        <source>The server did not accept any recipient of this message.</source>
        <translation>服务器没有接受这封邮件的任何收件人。</translation>
    </message>
    <message>
        <source>The mailbox does not exist: check the spelling of the address.</source>
        <translation>该邮箱不存在：请检查地址的拼写。</translation>
    </message>
    <message>
        <source>The server only passes mail on for signed-in users: sign in, or send through your own provider&apos;s server.</source>
        <translation>该服务器只为已登录的用户转发邮件：请登录，或者通过你自己邮件服务商的服务器发送。</translation>
    </message>
    <message>
        <source>Check the spelling of the addresses; the server&apos;s words below say why it refused.</source>
        <translation>请检查地址的拼写；下方服务器的原话说明了拒绝的原因。</translation>
    </message>
    <message>
        <source>The message is too large for %1</source>
        <translation>邮件太大，%1 无法接收</translation>
    </message>
    <message>
        <source>The server accepts messages up to %1.</source>
        <translation>服务器接受的邮件最大为 %1。</translation>
    </message>
    <message>
        <source>The server refused the message because of its size.</source>
        <translation>服务器因为邮件大小而拒绝了它。</translation>
    </message>
    <message>
        <source>Remove or shrink attachments. Attachments grow by about a third when they are sent.</source>
        <translation>请删除附件或减小附件。附件在发送时会增大约三分之一。</translation>
    </message>
    <message>
        <source>%1 cannot handle this address</source>
        <translation>%1 无法处理这个地址</translation>
    </message>
    <message>
        <source>An address contains non-ASCII characters, but the server does not support them (SMTPUTF8).</source>
        <translation>有地址包含非 ASCII 字符，但服务器不支持（SMTPUTF8）。</translation>
    </message>
    <message>
        <source>Use an ASCII form of the address if the recipient has one, or send through another server.</source>
        <translation>如果收件人有纯 ASCII 形式的地址，请使用它，或者通过其他服务器发送。</translation>
    </message>
    <message>
        <source>%1 cannot accept this message&apos;s encoding</source>
        <translation>%1 无法接受这封邮件的编码</translation>
    </message>
    <message>
        <source>The message was prepared as 8-bit text, but the server only accepts 7-bit data (no 8BITMIME).</source>
        <translation>邮件已按 8 位文本准备，但服务器只接受 7 位数据（不支持 8BITMIME）。</translation>
    </message>
    <message>
        <source>Send through another server, and please report this: Qourier should have encoded the message.</source>
        <translation>请通过其他服务器发送，并请报告此问题：Qourier 本应对邮件进行编码。</translation>
    </message>
    <message>
        <source>%1 refused the message</source>
        <translation>%1 拒绝了这封邮件</translation>
    </message>
    <message>
        <source>The server did not accept the content of the message.</source>
        <translation>服务器不接受这封邮件的内容。</translation>
    </message>
    <message>
        <source>Read the server&apos;s words below: usually a spam or virus filter, or a rule about the sender. If they are unclear, ask the provider.</source>
        <translation>请阅读下方服务器的原话：通常是垃圾邮件或病毒过滤，或者关于发件人的规则。如果看不明白，请咨询邮件服务商。</translation>
    </message>
    <message>
        <source>Could not read the message</source>
        <translation>无法读取邮件</translation>
    </message>
    <message>
        <source>Qourier could not read the message or an attachment while sending it.</source>
        <translation>Qourier 在发送时无法读取邮件或某个附件。</translation>
    </message>
    <message>
        <source>Check that the attached files still exist and can be read, then send again.</source>
        <translation>请确认附件文件仍然存在并且可以读取，然后重新发送。</translation>
    </message>
    <message>
        <source>%1 closed the connection</source>
        <translation>%1 关闭了连接</translation>
    </message>
    <message>
        <source>The server hung up before the conversation was finished.</source>
        <translation>服务器在对话结束之前就断开了。</translation>
    </message>
    <message>
        <source>Try again. If it happens every time, the port may be wrong or the server may be limiting connections.</source>
        <translation>请重试。如果每次都这样，可能是端口不对，或者服务器在限制连接。</translation>
    </message>
    <message>
        <source>Sending was cancelled</source>
        <translation>已取消发送</translation>
    </message>
    <message>
        <source>You stopped it before it finished. A message the server had not yet accepted was not sent.</source>
        <translation>你在完成之前停止了操作。服务器尚未接收的邮件没有发出。</translation>
    </message>
    <message>
        <source>The server called the refusal temporary: trying again later may work.</source>
        <translation>服务器表示这是暂时性的拒绝：稍后重试可能会成功。</translation>
    </message>
    <message>
        <source>The message may have been sent by %1</source>
        <translation>%1 可能已经发出了这封邮件</translation>
    </message>
    <message>
        <source>The connection ended after the whole message was sent, before the server confirmed it.</source>
        <translation>整封邮件发送完毕后、服务器确认之前，连接断开了。</translation>
    </message>
    <message>
        <source>The server may have received it: check your Sent folder or ask a recipient before sending again, or it may arrive twice.</source>
        <translation>服务器可能已经收到：重新发送之前，请先查看“已发送”文件夹或询问收件人，否则对方可能会收到两封。</translation>
    </message>
    <message>
        <source>Could not use the proxy to reach %1</source>
        <translation>无法通过代理访问 %1</translation>
    </message>
    <message>
        <source>The proxy server could not be reached or did not follow its protocol.</source>
        <translation>无法连接代理服务器，或者它没有遵守代理协议。</translation>
    </message>
    <message>
        <source>Check the proxy&apos;s address, port and type (SOCKS5 or HTTP), or try without the proxy.</source>
        <translation>请检查代理的地址、端口和类型（SOCKS5 或 HTTP），或者不使用代理再试。</translation>
    </message>
    <message>
        <source>The proxy refused to sign you in</source>
        <translation>代理拒绝了你的登录</translation>
    </message>
    <message>
        <source>The proxy server wants a user name and password, or did not accept the ones given.</source>
        <translation>代理服务器要求用户名和密码，或者不接受所提供的用户名和密码。</translation>
    </message>
    <message>
        <source>Check the proxy&apos;s user name and password in the account settings.</source>
        <translation>请在账户设置中检查代理的用户名和密码。</translation>
    </message>
    <message>
        <source>The proxy works, but it could not connect to the mail server.</source>
        <translation>代理可以使用，但它无法连接到邮件服务器。</translation>
    </message>
    <message>
        <source>Check the server name and port; the proxy&apos;s network may also block mail ports.</source>
        <translation>请检查服务器名称和端口；代理所在的网络也可能封锁了邮件端口。</translation>
    </message>
</context>
<context>
    <name>GuiApplication</name>
    <message>
        <source>The sandbox server is not running; these are the messages it received before.</source>
        <translation>沙盒服务器未在运行；这些是它之前收到的邮件。</translation>
    </message>
</context>
<context>
    <name>MailtoParser</name>
    <message>
        <source>This is not a mailto: link.</source>
        <translation>这不是 mailto: 链接。</translation>
    </message>
    <message>
        <source>The &quot;%1&quot; part of the link is not valid UTF-8.</source>
        <translation>链接中的“%1”部分不是有效的 UTF-8。</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; in the link contains a line break or another control character.</source>
        <translation>链接中的地址“%1”包含换行符或其他控制字符。</translation>
    </message>
</context>
<context>
    <name>MessageBuilder</name>
    <message>
        <source>To</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>抄送</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>密送</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; cannot be created for the message&apos;s images.</source>
        <translation>无法为邮件中的图片创建文件夹“%1”。</translation>
    </message>
    <message>
        <source>An image in the message cannot be saved to &quot;%1&quot;: %2</source>
        <translation>邮件中的一张图片无法保存到“%1”：%2</translation>
    </message>
</context>
<context>
    <name>MessageParser</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>The file is larger than %n MB, too large to show.</source>
        <translation>
            <numerusform>文件大于 %n MB，太大，无法显示。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>This is not an Internet message (RFC 5322).</source>
        <translation>这不是一封互联网邮件（RFC 5322）。</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <source>STARTTLS port (RFC 3207)</source>
        <translation>STARTTLS 端口（RFC 3207）</translation>
    </message>
    <message>
        <source>implicit TLS port (RFC 8314)</source>
        <translation>隐式 TLS 端口（RFC 8314）</translation>
    </message>
    <message>
        <source>clear-text port (no TLS, no login)</source>
        <translation>明文端口（无 TLS，无登录）</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Remote content note</source>
        <translation>远程内容提示</translation>
    </message>
    <message>
        <source>Message views</source>
        <translation>邮件视图</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>邮件(&amp;M)</translation>
    </message>
    <message>
        <source>Envelope &amp;&amp; &amp;Headers</source>
        <translation>信封和邮件头(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>原始内容(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Transcript</source>
        <translation>对话记录(&amp;T)</translation>
    </message>
    <message>
        <source>The message as its recipients see it</source>
        <translation>收件人看到的邮件</translation>
    </message>
    <message>
        <source>Whom the message was really sent to, beside what its headers say</source>
        <translation>邮件实际发给了谁，以及邮件头上写的是谁</translation>
    </message>
    <message>
        <source>The message exactly as it was received</source>
        <translation>与接收时完全一致的邮件</translation>
    </message>
    <message>
        <source>The SMTP conversation that delivered it, explained line by line</source>
        <translation>投递这封邮件的 SMTP 对话，逐行解释</translation>
    </message>
    <message>
        <source>No message selected.</source>
        <translation>未选择邮件。</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>From</source>
        <translation>发件人</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>抄送</translation>
    </message>
    <message>
        <source>Bcc recipients, from the envelope</source>
        <translation>密送收件人（来自信封）</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>抄送：</translation>
    </message>
    <message>
        <source>Bcc:</source>
        <translation>密送：</translation>
    </message>
    <message>
        <source>Recipients in the SMTP envelope that no To or Cc header names. The other recipients cannot see them.</source>
        <translation>SMTP 信封中有、但“收件人”和“抄送”邮件头都没有列出的收件人。其他收件人看不到他们。</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>发件人：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>收件人：</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>显示(&amp;W)：</translation>
    </message>
    <message>
        <source>Body format</source>
        <translation>正文格式</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>纯文本</translation>
    </message>
    <message>
        <source>The message has both an HTML and a plain-text version; recipients see one of them, depending on their mail program</source>
        <translation>这封邮件同时有 HTML 和纯文本两个版本；收件人看到哪一个取决于他们的邮件程序</translation>
    </message>
    <message>
        <source>Message body</source>
        <translation>邮件正文</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>保存(&amp;V)…</translation>
    </message>
    <message>
        <source>Save the selected attachment to a file</source>
        <translation>把选中的附件保存为文件</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Open the selected attachment with its usual program</source>
        <translation>用常用的程序打开选中的附件</translation>
    </message>
    <message>
        <source>&lt;b&gt;Envelope&lt;/b&gt; — what the server was told (RFC 5321)</source>
        <translation>&lt;b&gt;信封&lt;/b&gt; — 告诉服务器的内容（RFC 5321）</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>信封</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Envelope: not available.

This message was opened from a file. Only a message the sandbox received has an envelope: the MAIL FROM and RCPT TO addresses it was really sent to, which may differ from its headers (Bcc recipients are in the envelope only).</source>
        <translation>信封：不可用。

这封邮件是从文件打开的。只有沙盒收到的邮件才有信封：即它实际使用的 MAIL FROM 和 RCPT TO 地址，可能与邮件头不同（密送收件人只出现在信封中）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Headers&lt;/b&gt; — what every recipient can read (RFC 5322)</source>
        <translation>&lt;b&gt;邮件头&lt;/b&gt; — 每个收件人都能读到的内容（RFC 5322）</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>邮件头</translation>
    </message>
    <message>
        <source>Message source</source>
        <translation>邮件原始内容</translation>
    </message>
    <message>
        <source>Session transcript</source>
        <translation>会话对话记录</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>Transcript: not available. This message was opened from a file, not received by the sandbox.</source>
        <translation>对话记录：不可用。这封邮件是从文件打开的，不是沙盒收到的。</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>（无主题）</translation>
    </message>
    <message>
        <source>(no From header)</source>
        <translation>（没有“发件人”邮件头）</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>（无日期）</translation>
    </message>
    <message>
        <source>(no To header)</source>
        <translation>（没有“收件人”邮件头）</translation>
    </message>
    <message>
        <source>%1 — hidden from the other recipients</source>
        <translation>%1 — 其他收件人看不到</translation>
    </message>
    <message>
        <source>%1 — in a Bcc header that every recipient can read</source>
        <translation>%1 — 在每个收件人都能读到的“密送”邮件头中</translation>
    </message>
    <message>
        <source>This message has no text.</source>
        <translation>这封邮件没有文字内容。</translation>
    </message>
    <message>
        <source>files on this computer</source>
        <translation>这台电脑上的文件</translation>
    </message>
    <message numerus="yes">
        <source>Remote content blocked: %n picture(s) or style sheet(s) would have been loaded from %1.</source>
        <translation>
            <numerusform>已阻止远程内容：本会从 %1 载入 %n 张图片或样式表。</numerusform>
        </translation>
    </message>
    <message>
        <source>Qourier never loads them: a remote picture tells the sender when and where the message was read.</source>
        <translation>Qourier 从不载入它们：远程图片会告诉发件人邮件是在何时何地被阅读的。</translation>
    </message>
    <message>
        <source>Links of this kind are not opened: %1</source>
        <translation>不会打开这类链接：%1</translation>
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
            <numerusform>%n 个附件，%1</numerusform>
        </translation>
    </message>
    <message>
        <source>attachment-%1</source>
        <translation>附件-%1</translation>
    </message>
    <message>
        <source>There is no such attachment.</source>
        <translation>没有这个附件。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation>保存附件</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>“%1” is a program or script. Qourier does not open those from a message; save it and look at it instead.</source>
        <translation>“%1”是程序或脚本。Qourier 不会直接打开邮件中的这类文件；请先保存，再查看其内容。</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>无法创建临时文件夹：%1</translation>
    </message>
    <message>
        <source>No program is set up to open %1.</source>
        <translation>没有设置用来打开 %1 的程序。</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>MAIL FROM</source>
        <translation>MAIL FROM</translation>
    </message>
    <message>
        <source>&lt;&gt; (null reverse path)</source>
        <translation>&lt;&gt;（空的反向路径）</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message numerus="yes">
        <source>RCPT TO (%n recipient(s))</source>
        <translation>
            <numerusform>RCPT TO（%n 位收件人）</numerusform>
        </translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>收件人：%1</translation>
    </message>
    <message>
        <source>Cc: %1</source>
        <translation>抄送：%1</translation>
    </message>
    <message>
        <source>Bcc header: every recipient can read this address in the message</source>
        <translation>“密送”邮件头：每个收件人都能在邮件中读到这个地址</translation>
    </message>
    <message>
        <source>Bcc: hidden from the other recipients</source>
        <translation>密送：其他收件人看不到</translation>
    </message>
    <message>
        <source>This address is in the envelope but in no To or Cc header: the recipient got the message, the others cannot see that.</source>
        <translation>这个地址在信封中，但不在任何“收件人”或“抄送”邮件头中：该收件人收到了邮件，其他人看不到这一点。</translation>
    </message>
    <message>
        <source>The message carries a Bcc header: blind copies are not blind.</source>
        <translation>这封邮件带有“密送”邮件头：密送并不保密。</translation>
    </message>
    <message>
        <source>In the headers, not in this envelope</source>
        <translation>在邮件头中，但不在这个信封中</translation>
    </message>
    <message>
        <source>named in the message; this delivery did not include it</source>
        <translation>邮件中列出了它；这次投递不包括它</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <source>Listener</source>
        <translation>监听端口</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>none: sent in clear text</source>
        <translation>无：以明文发送</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Authenticated as</source>
        <translation>登录身份</translation>
    </message>
    <message>
        <source>not authenticated</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>%1 (AUTH %2)</source>
        <translation>%1（AUTH %2）</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>%1 port %2</source>
        <translation>%1 端口 %2</translation>
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
        <translation>正文发送方式</translation>
    </message>
    <message numerus="yes">
        <source>BDAT, %n chunk(s) (RFC 3030)</source>
        <translation>
            <numerusform>BDAT，%n 个分块（RFC 3030）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 octets)</source>
        <translation>%1（%2 字节）</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Stored as</source>
        <translation>保存为</translation>
    </message>
    <message>
        <source>Decoded: %1

As sent: %2</source>
        <translation>解码后：%1

发送时：%2</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2. Save the message file to see all of it: %3</source>
        <translation>显示的是 %2 中的前 %1。要查看全部，请保存邮件文件：%3</translation>
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
        <translation>服务器的回复</translation>
    </message>
    <message>
        <source>Connection &amp;Log</source>
        <translation>连接日志(&amp;L)</translation>
    </message>
    <message>
        <source>Show the conversation with the server</source>
        <translation>显示与服务器的对话</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭提示</translation>
    </message>
</context>
<context>
    <name>OAuth2Authorizer</name>
    <message>
        <source>The sign-in was not completed in time. Try again.</source>
        <translation>登录没有在限定时间内完成。请重试。</translation>
    </message>
    <message>
        <source>Sign-in is not set up: no client id.</source>
        <translation>登录尚未设置：没有客户端 ID。</translation>
    </message>
    <message>
        <source>Qourier could not listen on 127.0.0.1 for the sign-in&apos;s answer.</source>
        <translation>Qourier 无法在 127.0.0.1 上监听登录的回应。</translation>
    </message>
    <message>
        <source>The sign-in was cancelled or access was denied.</source>
        <translation>登录已取消，或访问被拒绝。</translation>
    </message>
    <message>
        <source>The provider refused the sign-in (%1).</source>
        <translation>服务商拒绝了登录（%1）。</translation>
    </message>
    <message>
        <source>The sign-in answer did not belong to this sign-in (state mismatch), so Qourier ignored it. Try again.</source>
        <translation>收到的登录回应不属于这次登录（state 不匹配），Qourier 已忽略它。请重试。</translation>
    </message>
    <message>
        <source>The provider did not accept the sign-in: %1</source>
        <translation>服务商没有接受这次登录：%1</translation>
    </message>
    <message>
        <source>The provider gave no refresh token, so Qourier could not stay signed in. Try again.</source>
        <translation>服务商没有提供刷新令牌，Qourier 无法保持登录。请重试。</translation>
    </message>
</context>
<context>
    <name>OAuth2LoopbackReplyHandler</name>
    <message>
        <source>Qourier has received your sign-in. You can close this tab and return to Qourier.</source>
        <translation>Qourier 已收到你的登录。你可以关闭这个标签页，回到 Qourier。</translation>
    </message>
</context>
<context>
    <name>OAuth2TokenSource</name>
    <message>
        <source>Signing in with %1 is not set up: the setting %2 (the OAuth client id) is empty.</source>
        <translation>尚未设置通过 %1 登录：设置项 %2（OAuth 客户端 ID）为空。</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; names an unknown sign-in provider &quot;%2&quot;.</source>
        <translation>账户“%1”指定了未知的登录服务商“%2”。</translation>
    </message>
    <message>
        <source>The keychain holds no sign-in for &quot;%1&quot;: sign in with %2 again (Edit Account).</source>
        <translation>密钥环中没有“%1”的登录授权：请重新通过 %2 登录（编辑账户）。</translation>
    </message>
    <message>
        <source>No keychain answered, so Qourier cannot read the sign-in for &quot;%1&quot; (%2).</source>
        <translation>没有密钥环响应，Qourier 无法读取“%1”的登录授权（%2）。</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>%1 no longer accepts Qourier&apos;s sign-in for &quot;%2&quot; (%3). Sign in with %1 again: Edit Account, then &quot;Sign in with %1&quot;.</source>
        <translation>%1 不再接受 Qourier 对“%2”的登录授权（%3）。请重新通过 %1 登录：编辑账户，然后点击“通过 %1 登录”。</translation>
    </message>
    <message>
        <source>%1 refused to renew the access token: %2</source>
        <translation>%1 拒绝续期访问令牌：%2</translation>
    </message>
    <message>
        <source>%1&apos;s token service did not answer in time.</source>
        <translation>%1 的令牌服务没有及时响应。</translation>
    </message>
    <message>
        <source>Could not reach %1&apos;s token service: %2</source>
        <translation>无法连接 %1 的令牌服务：%2</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>an outbox entry %1 already exists</source>
        <translation>发件箱中已有条目 %1</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <source>cannot lock %1</source>
        <translation>无法锁定 %1</translation>
    </message>
    <message>
        <source>cannot read the message: %1</source>
        <translation>无法读取邮件：%1</translation>
    </message>
    <message>
        <source>no outbox entry %1</source>
        <translation>发件箱中没有条目 %1</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>无法删除 %1</translation>
    </message>
    <message>
        <source>cannot move %1 to %2</source>
        <translation>无法将 %1 移到 %2</translation>
    </message>
    <message>
        <source>no outbox entry %1 that can be sent again</source>
        <translation>发件箱中没有可以重新发送的条目 %1</translation>
    </message>
    <message>
        <source>%1 may already have been delivered: use resend or mark-sent</source>
        <translation>%1 可能已经送达：请使用 resend 或 mark-sent</translation>
    </message>
    <message>
        <source>no outbox entry %1 that can be retried</source>
        <translation>发件箱中没有可以重试的条目 %1</translation>
    </message>
    <message>
        <source>Qourier stopped after the end of the message was sent and before the server answered: it may have been delivered</source>
        <translation>Qourier 在邮件结尾已发出、服务器尚未答复时停止了：邮件可能已经送达</translation>
    </message>
    <message>
        <source>Qourier stopped before the message was complete; it will be sent again</source>
        <translation>Qourier 在邮件发送完成前停止了；邮件将重新发送</translation>
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
        <translation>发件箱：`qourier send` 或窗口发送的每封邮件都保存在这里，直到服务器接受为止。

命令：
  list            每封邮件一行：编号、状态、尝试次数、下次尝试、主题、收件人、最近的错误
  flush           立即发送所有排队和推迟的邮件（全部发出时才返回 0）
  retry ID        立即发送一封推迟或失败的邮件
  delete ID       从发件箱删除一封邮件
  resend ID       重新发送一封状态不确定的邮件（对方可能因此收到两次）
  mark-sent ID    状态不确定的邮件确实已送达：移到“已发送”

状态不确定的邮件是指：邮件已完整发出，但在服务器答复之前连接断开了，因此可能已送达，也可能没有；未经您指示，它绝不会被重新发送。</translation>
    </message>
    <message>
        <source>list, flush, retry, delete, resend or mark-sent.</source>
        <translation>list、flush、retry、delete、resend 或 mark-sent。</translation>
    </message>
    <message>
        <source>The message&apos;s id, as `list` shows it.</source>
        <translation>邮件的编号，即 `list` 显示的编号。</translation>
    </message>
    <message>
        <source>list: the entries as a JSON array.</source>
        <translation>list：以 JSON 数组输出条目。</translation>
    </message>
    <message>
        <source>Read the password (or access token) for messages that sign in from the first line of standard input.</source>
        <translation>需要登录的邮件所用的密码（或访问令牌）从标准输入的第一行读取。</translation>
    </message>
    <message>
        <source>Read that password from this environment variable (default QOURIER_PASSWORD).</source>
        <translation>从此环境变量读取该密码（默认 QOURIER_PASSWORD）。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Print the SMTP conversation to standard error (secrets hidden).</source>
        <translation>将 SMTP 对话输出到标准错误（隐藏机密信息）。</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (see --help)</source>
        <translation>未知命令“%1”（参见 --help）</translation>
    </message>
    <message>
        <source>%1 needs exactly one id</source>
        <translation>%1 需要恰好一个编号</translation>
    </message>
    <message>
        <source>%1 takes no id</source>
        <translation>%1 不接受编号</translation>
    </message>
    <message>
        <source>no message %1 in the outbox</source>
        <translation>发件箱中没有邮件 %1</translation>
    </message>
    <message>
        <source>%1 is being sent right now</source>
        <translation>%1 正在发送中</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>已删除 %1</translation>
    </message>
    <message>
        <source>%1 is %2, not uncertain</source>
        <translation>%1 的状态是 %2，而不是“不确定”</translation>
    </message>
    <message>
        <source>Moved %1 to Sent</source>
        <translation>已将 %1 移到“已发送”</translation>
    </message>
    <message>
        <source>%1 is being sent by another Qourier right now</source>
        <translation>另一个 Qourier 正在发送 %1</translation>
    </message>
    <message>
        <source>Nothing to send.</source>
        <translation>没有要发送的邮件。</translation>
    </message>
    <message numerus="yes">
        <source>qourier outbox: %n message(s) may already have been delivered and wait for you: see `qourier outbox list`</source>
        <translation>
            <numerusform>qourier outbox：%n 封邮件可能已经送达，正等待您处理：参见 `qourier outbox list`</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent %1: %2</source>
        <translation>已发送 %1：%2</translation>
    </message>
    <message>
        <source>this message goes to the built-in sandbox, which runs in the Qourier window: open the window to send it</source>
        <translation>这封邮件要发往内置沙盒，而沙盒运行在 Qourier 窗口中：请打开窗口发送</translation>
    </message>
    <message>
        <source>the account of this message no longer exists</source>
        <translation>这封邮件的账户已不存在</translation>
    </message>
    <message>
        <source>no server is configured</source>
        <translation>尚未配置服务器</translation>
    </message>
    <message>
        <source>this message signs in as &quot;%1&quot;: give the password with --password-stdin or QOURIER_PASSWORD</source>
        <translation>这封邮件以“%1”登录：请用 --password-stdin 或 QOURIER_PASSWORD 提供密码</translation>
    </message>
    <message>
        <source>the proxy needs a password: QOURIER_PROXY_PASSWORD</source>
        <translation>代理需要密码：QOURIER_PROXY_PASSWORD</translation>
    </message>
    <message>
        <source>the keychain holds no password for this message&apos;s account</source>
        <translation>密钥环中没有这封邮件所用账户的密码</translation>
    </message>
    <message>
        <source>no keychain answered</source>
        <translation>没有密钥环响应</translation>
    </message>
    <message>
        <source>give the password with --password-stdin or QOURIER_PASSWORD</source>
        <translation>请通过 --password-stdin 或 QOURIER_PASSWORD 提供密码</translation>
    </message>
</context>
<context>
    <name>OutboxController</name>
    <message>
        <source>Delete Message</source>
        <translation>删除邮件</translation>
    </message>
    <message>
        <source>Delete “%1” from the Outbox?</source>
        <translation>从发件箱中删除“%1”吗？</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>（无主题）</translation>
    </message>
    <message>
        <source>It has not been sent and will not be.</source>
        <translation>它尚未发送，删除后也不会再发送。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Keep It</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Edit Message</source>
        <translation>编辑邮件</translation>
    </message>
    <message>
        <source>Save the message you are writing before editing this one?</source>
        <translation>编辑这封邮件前，先保存正在撰写的邮件吗？</translation>
    </message>
    <message>
        <source>The message from the Outbox replaces it in the composer.</source>
        <translation>发件箱中的邮件将在撰写窗口中替换它。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>丢弃</translation>
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
        <translation>无法读取发件箱中的邮件文件</translation>
    </message>
</context>
<context>
    <name>OutboxWindow</name>
    <message>
        <source>Outbox — Qourier</source>
        <translation>发件箱 — Qourier</translation>
    </message>
    <message>
        <source>Nothing is waiting: every message has been sent.</source>
        <translation>没有等待中的邮件：所有邮件均已发送。</translation>
    </message>
    <message>
        <source>Messages in the Outbox</source>
        <translation>发件箱中的邮件</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>Next Try</source>
        <translation>下次尝试</translation>
    </message>
    <message>
        <source>Last Error</source>
        <translation>上次错误</translation>
    </message>
    <message>
        <source>&lt;b&gt;Maybe sent.&lt;/b&gt; The whole message reached the server, but the connection broke before the server confirmed it. The server may have accepted it — then sending again gives the recipients two copies — or not. Qourier never sends such a message again by itself. If you know it arrived (ask a recipient, or look in the Sent folder of your webmail), choose &lt;i&gt;Mark as Sent&lt;/i&gt;; otherwise &lt;i&gt;Send Again&lt;/i&gt;.</source>
        <translation>&lt;b&gt;可能已发送。&lt;/b&gt;整封邮件已到达服务器，但在服务器确认之前连接断开了。服务器可能已接收邮件——此时再次发送会使收件人收到两份——也可能没有。Qourier 绝不会自行重新发送这样的邮件。如果您知道邮件已送达（询问收件人，或查看网页邮箱的“已发送”文件夹），请选择&lt;i&gt;标记为已发送&lt;/i&gt;；否则请选择&lt;i&gt;再次发送&lt;/i&gt;。</translation>
    </message>
    <message>
        <source>&amp;Retry Now</source>
        <translation>立即重试(&amp;R)</translation>
    </message>
    <message>
        <source>Try to send it now</source>
        <translation>现在尝试发送</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Take the message back into the composer (it leaves the Outbox)</source>
        <translation>将邮件取回撰写窗口（它会离开发件箱）</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the message (Delete)</source>
        <translation>删除邮件（Delete）</translation>
    </message>
    <message>
        <source>Send &amp;Again</source>
        <translation>再次发送(&amp;A)</translation>
    </message>
    <message>
        <source>Send it again; recipients may get it twice</source>
        <translation>再次发送；收件人可能收到两份</translation>
    </message>
    <message>
        <source>&amp;Mark as Sent</source>
        <translation>标记为已发送(&amp;M)</translation>
    </message>
    <message>
        <source>It arrived: move it to the Sent folder without sending</source>
        <translation>已送达：不发送，直接移到“已发送”文件夹</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <source>Will retry</source>
        <translation>将重试</translation>
    </message>
    <message>
        <source>Maybe sent</source>
        <translation>可能已发送</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>（无主题）</translation>
    </message>
</context>
<context>
    <name>ProxySpec</name>
    <message>
        <source>the proxy must be none, system, socks5://host:port or http://host:port</source>
        <translation>代理必须是 none、system、socks5://主机:端口 或 http://主机:端口</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a proxy address: give %2://host:port</source>
        <translation>“%1”不是代理地址：请写成 %2://主机:端口</translation>
    </message>
    <message>
        <source>no password in the proxy address: anyone can read a command line; use QOURIER_PROXY_PASSWORD or --proxy-password-file</source>
        <translation>代理地址中不能包含密码：任何人都能看到命令行；请使用 QOURIER_PROXY_PASSWORD 或 --proxy-password-file</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 已损坏：%2</translation>
    </message>
</context>
<context>
    <name>RecipientLineEdit</name>
    <message>
        <source>The server refused %1: %2</source>
        <translation>服务器拒绝了 %1：%2</translation>
    </message>
</context>
<context>
    <name>SandboxAccount</name>
    <message>
        <source>cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>SandboxCertificate</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <source>cannot write the sandbox certificate: %1</source>
        <translation>无法写入沙盒证书：%1</translation>
    </message>
    <message>
        <source>the new sandbox certificate cannot be read back</source>
        <translation>无法读回新的沙盒证书</translation>
    </message>
</context>
<context>
    <name>SandboxCommand</name>
    <message>
        <source>Run Qourier&apos;s sandbox mail server on this computer&apos;s loopback addresses until interrupted. Messages it accepts are stored, never delivered.</source>
        <translation>在本机回环地址上运行 Qourier 的沙盒邮件服务器，直到被中断。它接收的邮件只会保存，绝不会投递。</translation>
    </message>
    <message>
        <source>Store messages in this directory.</source>
        <translation>将邮件保存在这个目录中。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>STARTTLS port (0 or absent: any free port).</source>
        <translation>STARTTLS 端口（0 或不指定：任意空闲端口）。</translation>
    </message>
    <message>
        <source>port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Implicit-TLS port (0 or absent: any free port).</source>
        <translation>隐式 TLS 端口（0 或不指定：任意空闲端口）。</translation>
    </message>
    <message>
        <source>Also listen in clear text, without AUTH, on this port (0: any free port). For load generators only.</source>
        <translation>同时在这个端口上以明文、无 AUTH 方式监听（0：任意空闲端口）。仅供压力测试工具使用。</translation>
    </message>
    <message>
        <source>Print one line of JSON with the ports, login, certificate fingerprint and directory.</source>
        <translation>输出一行 JSON，包含端口、登录信息、证书指纹和目录。</translation>
    </message>
    <message>
        <source>Largest message accepted, in octets (default 52428800).</source>
        <translation>接受的最大邮件，单位为字节（默认 52428800）。</translation>
    </message>
    <message>
        <source>octets</source>
        <translation>字节数</translation>
    </message>
    <message>
        <source>Keep this many newest messages (default 500).</source>
        <translation>保留最新的这么多封邮件（默认 500）。</translation>
    </message>
    <message>
        <source>count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Recipients per message (default 1000).</source>
        <translation>每封邮件的收件人数（默认 1000）。</translation>
    </message>
    <message>
        <source>Seconds a silent client is kept (default 300).</source>
        <translation>保留无活动客户端的秒数（默认 300）。</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒数</translation>
    </message>
    <message>
        <source>Refuse recipients matching this wildcard pattern with 550 (repeatable).</source>
        <translation>以 550 拒绝匹配此通配符模式的收件人（可重复）。</translation>
    </message>
    <message>
        <source>pattern</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Answer every end of data with 451 (nothing is stored).</source>
        <translation>对每次数据结束都回复 451（不保存任何内容）。</translation>
    </message>
    <message>
        <source>Advertise and enforce this small SIZE instead.</source>
        <translation>改为公布并执行这个较小的 SIZE。</translation>
    </message>
    <message>
        <source>Wait this long before the reply to the end of data.</source>
        <translation>在回复数据结束之前等待这么久。</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>Drop the connection after this many octets of a message.</source>
        <translation>在收到邮件的这么多字节后断开连接。</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>意外的参数：%1</translation>
    </message>
    <message>
        <source>a port is a number from 0 to 65535</source>
        <translation>端口必须是 0 到 65535 之间的数字</translation>
    </message>
    <message>
        <source>--max-size must be a positive number of octets</source>
        <translation>--max-size 必须是正的字节数</translation>
    </message>
    <message>
        <source>--keep must be a number from 1 to 1000000</source>
        <translation>--keep 必须是 1 到 1000000 之间的数字</translation>
    </message>
    <message>
        <source>--max-recipients must be a number from 1 to 1000000</source>
        <translation>--max-recipients 必须是 1 到 1000000 之间的数字</translation>
    </message>
    <message>
        <source>--idle-timeout must be a number of seconds from 1 to 86400</source>
        <translation>--idle-timeout 必须是 1 到 86400 之间的秒数</translation>
    </message>
    <message>
        <source>--size-limit must be a positive number of octets</source>
        <translation>--size-limit 必须是正的字节数</translation>
    </message>
    <message>
        <source>--reply-delay must be a number of milliseconds up to 3600000</source>
        <translation>--reply-delay 必须是不超过 3600000 的毫秒数</translation>
    </message>
    <message>
        <source>--drop-after must be a number of octets</source>
        <translation>--drop-after 必须是字节数</translation>
    </message>
    <message>
        <source>cannot watch for SIGINT/SIGTERM</source>
        <translation>无法监视 SIGINT/SIGTERM</translation>
    </message>
    <message>
        <source>Qourier sandbox listening on %1</source>
        <translation>Qourier 沙盒正在监听 %1</translation>
    </message>
    <message>
        <source>  STARTTLS port:     %1</source>
        <translation>  STARTTLS 端口:     %1</translation>
    </message>
    <message>
        <source>  implicit TLS port: %1</source>
        <translation>  隐式 TLS 端口:     %1</translation>
    </message>
    <message>
        <source>  clear-text port:   %1 (no TLS, no AUTH)</source>
        <translation>  明文端口:          %1（无 TLS，无 AUTH）</translation>
    </message>
    <message>
        <source>  user:              %1</source>
        <translation>  用户名:            %1</translation>
    </message>
    <message>
        <source>  password:          %1</source>
        <translation>  密码:              %1</translation>
    </message>
    <message>
        <source>  certificate SHA-256: %1</source>
        <translation>  证书 SHA-256:      %1</translation>
    </message>
    <message>
        <source>  messages:          %1</source>
        <translation>  邮件目录:          %1</translation>
    </message>
    <message>
        <source>Stop with Ctrl+C.</source>
        <translation>按 Ctrl+C 停止。</translation>
    </message>
    <message>
        <source>Sandbox stopped.</source>
        <translation>沙盒已停止。</translation>
    </message>
    <message>
        <source>Stored %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>SandboxRunner</name>
    <message>
        <source>The sandbox&apos;s certificate or password cannot be prepared: %1</source>
        <translation>无法准备沙盒的证书或密码：%1</translation>
    </message>
    <message>
        <source>The sandbox cannot start: %1</source>
        <translation>沙盒无法启动：%1</translation>
    </message>
    <message>
        <source>Qourier&apos;s sandbox on %1: STARTTLS port %2, TLS port %3, user “%4”. Messages sent here stay on this computer.</source>
        <translation>Qourier 沙盒位于 %1：STARTTLS 端口 %2，TLS 端口 %3，用户“%4”。发到这里的邮件只留在这台电脑上。</translation>
    </message>
</context>
<context>
    <name>SandboxWindow</name>
    <message>
        <source>Sandbox server</source>
        <translation>沙盒服务器</translation>
    </message>
    <message>
        <source>Captured messages</source>
        <translation>收到的邮件</translation>
    </message>
    <message>
        <source>Newest first. Select one to see it below.</source>
        <translation>最新的在前。选择一封即可在下方查看。</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <source>From</source>
        <translation>发件人</translation>
    </message>
    <message>
        <source>Envelope recipients</source>
        <translation>信封收件人</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Message File…</source>
        <translation>打开邮件文件(&amp;O)…</translation>
    </message>
    <message>
        <source>Show any .eml file the way the sandbox shows captured mail</source>
        <translation>以沙盒显示收到邮件的方式显示任意 .eml 文件</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新载入(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>邮件(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Envelope and Headers</source>
        <translation>信封和邮件头(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>原始内容(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Transcript</source>
        <translation>对话记录(&amp;T)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>New message from %1: %2</source>
        <translation>来自 %1 的新邮件：%2</translation>
    </message>
    <message>
        <source>%1 (Bcc)</source>
        <translation>%1（密送）</translation>
    </message>
    <message>
        <source>(unreadable: %1)</source>
        <translation>（无法读取：%1）</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>（无主题）</translation>
    </message>
    <message numerus="yes">
        <source>%1

%n recipient(s) in no To or Cc header: Bcc, hidden from the others.</source>
        <translation>
            <numerusform>%1

有 %n 位收件人不在任何“收件人”或“抄送”邮件头中：即密送，其他人看不到。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 octets</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>Cannot show this message: %1</source>
        <translation>无法显示这封邮件：%1</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Open Message File</source>
        <translation>打开邮件文件</translation>
    </message>
    <message>
        <source>Messages (*.eml *.msg *.txt)</source>
        <translation>邮件 (*.eml *.msg *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 — Sandbox Mail — Qourier</source>
        <translation>%1 — 沙盒邮件 — Qourier</translation>
    </message>
    <message>
        <source>Sandbox Mail — Qourier</source>
        <translation>沙盒邮件 — Qourier</translation>
    </message>
    <message>
        <source>Select a message to see it.</source>
        <translation>选择一封邮件即可查看。</translation>
    </message>
    <message>
        <source>No mail captured yet. Messages sent to the sandbox appear here as they arrive.

(Waiting for %1 to be created.)</source>
        <translation>还没有收到邮件。发到沙盒的邮件一到达就会出现在这里。

（正在等待创建 %1。）</translation>
    </message>
    <message>
        <source>No mail captured yet. Messages sent to the sandbox appear here as they arrive.</source>
        <translation>还没有收到邮件。发到沙盒的邮件一到达就会出现在这里。</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n 封邮件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) in %1</source>
        <translation>
            <numerusform>%1 中有 %n 封邮件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendCommand</name>
    <message>
        <source>cannot read standard input</source>
        <translation>无法读取标准输入</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Send one message through an SMTP submission server.</source>
        <translation>通过 SMTP 提交服务器发送一封邮件。</translation>
    </message>
    <message>
        <source>SMTP server name.</source>
        <translation>SMTP 服务器名称。</translation>
    </message>
    <message>
        <source>host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Port (465 for tls, 587 for starttls, 25 for none).</source>
        <translation>端口（tls 用 465，starttls 用 587，none 用 25）。</translation>
    </message>
    <message>
        <source>port</source>
        <translation>端口</translation>
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
        <translation>用于 AUTH 的用户名。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Read the password (or access token) from the first line of standard input.</source>
        <translation>从标准输入的第一行读取密码（或访问令牌）。</translation>
    </message>
    <message>
        <source>Read the password (or access token) from this environment variable (default QOURIER_PASSWORD).</source>
        <translation>从这个环境变量读取密码（或访问令牌），默认为 QOURIER_PASSWORD。</translation>
    </message>
    <message>
        <source>Only this AUTH mechanism: plain, login, cram-md5 or xoauth2 (the secret is then an access token).</source>
        <translation>只使用这种 AUTH 机制：plain、login、cram-md5 或 xoauth2（此时密钥是访问令牌）。</translation>
    </message>
    <message>
        <source>mechanism</source>
        <translation>机制</translation>
    </message>
    <message>
        <source>Sender, e.g. &apos;Alice Example &lt;alice@example.org&gt;&apos;.</source>
        <translation>发件人，例如 &apos;Alice Example &lt;alice@example.org&gt;&apos;。</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Recipient (repeatable; lists allowed).</source>
        <translation>收件人（可重复；可以是列表）。</translation>
    </message>
    <message>
        <source>Copy recipient (repeatable).</source>
        <translation>抄送收件人（可重复）。</translation>
    </message>
    <message>
        <source>Blind copy recipient: in the envelope only (repeatable).</source>
        <translation>密送收件人：只出现在信封中（可重复）。</translation>
    </message>
    <message>
        <source>Reply-To address.</source>
        <translation>回复地址（Reply-To）。</translation>
    </message>
    <message>
        <source>Subject.</source>
        <translation>主题。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Plain-text body from a file, or - for standard input.</source>
        <translation>从文件读取纯文本正文，或用 - 表示标准输入。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>HTML alternative from a file.</source>
        <translation>从文件读取 HTML 版本。</translation>
    </message>
    <message>
        <source>Attach a file (repeatable).</source>
        <translation>添加附件（可重复）。</translation>
    </message>
    <message>
        <source>Inline image for the HTML, referenced as cid:&lt;file name&gt; (repeatable).</source>
        <translation>HTML 中的内嵌图片，以 cid:&lt;文件名&gt; 引用（可重复）。</translation>
    </message>
    <message>
        <source>Print the SMTP conversation to standard error (secrets hidden).</source>
        <translation>将 SMTP 对话输出到标准错误（隐藏机密信息）。</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>同时信任这个 PEM 文件中的 CA 证书。</translation>
    </message>
    <message>
        <source>Trust exactly the certificate with this SHA-256 fingerprint.</source>
        <translation>只信任具有此 SHA-256 指纹的那张证书。</translation>
    </message>
    <message>
        <source>sha256</source>
        <translation>sha256</translation>
    </message>
    <message>
        <source>Allow a connection without TLS, and a password over it.</source>
        <translation>允许不使用 TLS 的连接，并允许通过它发送密码。</translation>
    </message>
    <message>
        <source>Seconds each phase may take (default: per phase, up to 10 minutes for the final reply).</source>
        <translation>每个阶段允许的秒数（默认按阶段设定，最终回复最多 10 分钟）。</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒数</translation>
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
        <translation>在 EHLO 中报告的名称。</translation>
    </message>
    <message>
        <source>No progress line.</source>
        <translation>不显示进度行。</translation>
    </message>
    <message>
        <source>
Exit codes: 0 sent, 2 usage or invalid input, 3 connection, 4 TLS, 5 authentication, 6 sender refused, 7 all recipients refused, 8 message refused, 9 timeout, 10 server or protocol error, 11 unreadable file.
</source>
        <translation>
退出码：0 已发送，2 用法或输入无效，3 连接，4 TLS，5 身份验证，6 发件人被拒，7 所有收件人被拒，8 邮件被拒，9 超时，10 服务器或协议错误，11 文件无法读取。
</translation>
    </message>
    <message>
        <source>--host is required</source>
        <translation>必须指定 --host</translation>
    </message>
    <message>
        <source>--security must be tls, starttls or none</source>
        <translation>--security 必须是 tls、starttls 或 none</translation>
    </message>
    <message>
        <source>--port must be a number from 1 to 65535</source>
        <translation>--port 必须是 1 到 65535 之间的数字</translation>
    </message>
    <message>
        <source>--security none sends everything readable by anyone on the way; add --insecure-allow-plain to allow it</source>
        <translation>--security none 发送的所有内容沿途任何人都能读到；如确实要这样做，请加上 --insecure-allow-plain</translation>
    </message>
    <message>
        <source>no PEM certificate in %1</source>
        <translation>%1 中没有 PEM 证书</translation>
    </message>
    <message>
        <source>--pin needs a SHA-256 fingerprint (64 hex digits)</source>
        <translation>--pin 需要一个 SHA-256 指纹（64 位十六进制数字）</translation>
    </message>
    <message>
        <source>--timeout must be a positive number of seconds</source>
        <translation>--timeout 必须是正数秒</translation>
    </message>
    <message>
        <source>--password-stdin and --body - both want standard input</source>
        <translation>--password-stdin 和 --body - 都要使用标准输入</translation>
    </message>
    <message>
        <source>--user needs a password: --password-stdin or the environment variable QOURIER_PASSWORD</source>
        <translation>--user 需要密码：使用 --password-stdin 或环境变量 QOURIER_PASSWORD</translation>
    </message>
    <message>
        <source>--auth must be plain, login, cram-md5 or xoauth2</source>
        <translation>--auth 必须是 plain、login、cram-md5 或 xoauth2</translation>
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
        <translation>没有收件人：请指定 --to、--cc 或 --bcc</translation>
    </message>
    <message>
        <source>--inline images need an --html body that shows them (&lt;img src=&quot;cid:name&quot;&gt;)</source>
        <translation>--inline 图片需要一个显示它们的 --html 正文（&lt;img src=&quot;cid:name&quot;&gt;）</translation>
    </message>
    <message>
        <source>Sending %1 of %2 (%3/s)</source>
        <translation>正在发送 %1 / %2（%3/秒）</translation>
    </message>
    <message>
        <source>qourier send: warning: refused by the server: %1</source>
        <translation>qourier send：警告：被服务器拒绝：%1</translation>
    </message>
    <message numerus="yes">
        <source>Sent %1 to %n recipient(s): %2</source>
        <translation>
            <numerusform>已将 %1 发送给 %n 位收件人：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Use this saved account (its name, address or id): its server, sender and password from the system keychain. Other options override its fields.</source>
        <translation>使用这个已保存的账户（名称、地址或 ID）：服务器、发件人以及系统密钥环中的密码。其他选项会覆盖其中的字段。</translation>
    </message>
    <message>
        <source>no saved account &quot;%1&quot; (add one in the window: Add Account)</source>
        <translation>没有已保存的账户“%1”（请在窗口中添加：添加账户）</translation>
    </message>
    <message>
        <source>the keychain holds no password for account &quot;%1&quot;</source>
        <translation>密钥环中没有账户“%1”的密码</translation>
    </message>
    <message>
        <source>give the password with --password-stdin or QOURIER_PASSWORD</source>
        <translation>请用 --password-stdin 或 QOURIER_PASSWORD 提供密码</translation>
    </message>
    <message>
        <source>Connect through this proxy: socks5://host:port (the proxy resolves the server&apos;s name), http://host:port (HTTP CONNECT), system or none. Overrides the account&apos;s.</source>
        <translation>通过此代理连接：socks5://主机:端口（由代理解析服务器名称）、http://主机:端口（HTTP CONNECT）、system 或 none。优先于账户中的设置。</translation>
    </message>
    <message>
        <source>proxy</source>
        <translation>代理</translation>
    </message>
    <message>
        <source>User name for the proxy; its password comes from the environment variable QOURIER_PROXY_PASSWORD or --proxy-password-file.</source>
        <translation>代理的用户名；其密码来自环境变量 QOURIER_PROXY_PASSWORD 或 --proxy-password-file。</translation>
    </message>
    <message>
        <source>Read the proxy password from the first line of this file.</source>
        <translation>从此文件的第一行读取代理密码。</translation>
    </message>
    <message>
        <source>Send directly, without keeping the message in the outbox: nothing is left behind and nothing is retried later.</source>
        <translation>直接发送，不在发件箱中保存邮件：不留下任何内容，之后也不会重试。</translation>
    </message>
    <message>
        <source>Unless --no-queue is given, the message is first kept in the outbox: if the server cannot take it now, `qourier outbox flush` sends it later (see `qourier outbox --help`).
</source>
        <translation>除非指定 --no-queue，邮件会先保存在发件箱中：如果服务器现在无法接收，`qourier outbox flush` 会稍后发送（参见 `qourier outbox --help`）。
</translation>
    </message>
    <message>
        <source>--proxy: %1</source>
        <translation>--proxy：%1</translation>
    </message>
    <message>
        <source>--proxy-user needs --proxy socks5://… or http://…</source>
        <translation>--proxy-user 需要配合 --proxy socks5://… 或 http://…</translation>
    </message>
    <message>
        <source>a proxy user needs a password: QOURIER_PROXY_PASSWORD or --proxy-password-file</source>
        <translation>代理用户需要密码：QOURIER_PROXY_PASSWORD 或 --proxy-password-file</translation>
    </message>
    <message>
        <source>the server refused the access token as expired: renewing it and trying once more</source>
        <translation>服务器以过期为由拒绝了访问令牌：正在续期并再试一次</translation>
    </message>
    <message>
        <source>cannot keep the message in the outbox: %1</source>
        <translation>无法将邮件保存到发件箱：%1</translation>
    </message>
    <message>
        <source>the outbox entry %1 could not be started</source>
        <translation>无法开始发送发件箱条目 %1</translation>
    </message>
    <message>
        <source>the message stays in the outbox as %1; `qourier outbox flush` tries it again</source>
        <translation>邮件以 %1 留在发件箱中；`qourier outbox flush` 会再次尝试发送</translation>
    </message>
    <message>
        <source>the connection ended after the whole message was sent, so the server may have accepted it; it stays in the outbox as %1: check whether it arrived, then `qourier outbox mark-sent %1` or `qourier outbox resend %1`</source>
        <translation>整封邮件发出后连接中断了，服务器可能已经接收；邮件以 %1 留在发件箱中：请确认是否已送达，然后执行 `qourier outbox mark-sent %1` 或 `qourier outbox resend %1`</translation>
    </message>
    <message>
        <source>no keychain answered</source>
        <translation>没有密钥环响应</translation>
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
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending progress</source>
        <translation>发送进度</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Stop sending; the message stays in the composer</source>
        <translation>停止发送；邮件会留在编辑窗口中</translation>
    </message>
    <message>
        <source>Message size: %1</source>
        <translation>邮件大小：%1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Securing the connection…</source>
        <translation>正在加密连接…</translation>
    </message>
    <message>
        <source>Connected; greeting the server…</source>
        <translation>已连接；正在与服务器问候…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Signing in as %1…</source>
        <translation>正在以 %1 的身份登录…</translation>
    </message>
    <message>
        <source>Checking the recipients with the server…</source>
        <translation>正在与服务器核对收件人…</translation>
    </message>
    <message>
        <source>Sending the message…</source>
        <translation>正在发送邮件…</translation>
    </message>
    <message>
        <source>Waiting for the server to accept the message…</source>
        <translation>正在等待服务器接收邮件…</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>正在完成…</translation>
    </message>
    <message>
        <source>%1 sent; the server is checking it</source>
        <translation>已发送 %1；服务器正在检查</translation>
    </message>
    <message>
        <source>Sending %1 of %2 at %3/s, about %4 left</source>
        <translation>正在发送 %1 / %2，速度 %3/秒，大约还剩 %4</translation>
    </message>
    <message>
        <source>Sending %1 of %2 at %3/s</source>
        <translation>正在发送 %1 / %2，速度 %3/秒</translation>
    </message>
    <message>
        <source>Sending %1 of %2</source>
        <translation>正在发送 %1 / %2</translation>
    </message>
    <message>
        <source>Sending %1 at %2/s</source>
        <translation>正在发送 %1，速度 %2/秒</translation>
    </message>
    <message>
        <source>Sending %1</source>
        <translation>正在发送 %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Undo sending</source>
        <translation>撤销发送</translation>
    </message>
    <message>
        <source>Do not send; the message goes back into the composer as it was</source>
        <translation>不发送；邮件原样回到撰写窗口</translation>
    </message>
    <message numerus="yes">
        <source>Sending in %n s…</source>
        <translation>
            <numerusform>%n 秒后发送…</numerusform>
        </translation>
    </message>
    <message>
        <source>To %1. Undo keeps the message here, as it is.</source>
        <translation>发往 %1。撤销会将邮件原样留在这里。</translation>
    </message>
</context>
<context>
    <name>ServerSettings</name>
    <message>
        <source>The CA certificate file &quot;%1&quot; cannot be read: %2</source>
        <translation>无法读取 CA 证书文件“%1”：%2</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; contains no PEM certificate.</source>
        <translation>文件“%1”中没有 PEM 证书。</translation>
    </message>
</context>
<context>
    <name>ServerSettingsDialog</name>
    <message>
        <source>Outgoing Server Settings</source>
        <translation>发信服务器设置</translation>
    </message>
    <message>
        <source>Your name, as recipients see it</source>
        <translation>你的姓名，收件人会看到</translation>
    </message>
    <message>
        <source>you@example.org</source>
        <translation>you@example.org</translation>
    </message>
    <message>
        <source>Added below your messages after a &quot;-- &quot; line</source>
        <translation>添加在邮件末尾的“-- ”行之后</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>发件人</translation>
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
        <translation>签名(&amp;G)：</translation>
    </message>
    <message>
        <source>smtp.example.org</source>
        <translation>smtp.example.org</translation>
    </message>
    <message>
        <source>TLS from the start (port 465)</source>
        <translation>一开始就使用 TLS（端口 465）</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS（端口 587）</translation>
    </message>
    <message>
        <source>None — unencrypted</source>
        <translation>无 — 不加密</translation>
    </message>
    <message>
        <source>I understand that my password and messages can be read by anyone on the network</source>
        <translation>我明白网络上的任何人都能读到我的密码和邮件</translation>
    </message>
    <message>
        <source>Empty if the server needs no sign-in</source>
        <translation>如果服务器无需登录，请留空</translation>
    </message>
    <message>
        <source>Automatic (the most secure the server offers)</source>
        <translation>自动（服务器提供的最安全的方式）</translation>
    </message>
    <message>
        <source>Normal password (PLAIN)</source>
        <translation>普通密码（PLAIN）</translation>
    </message>
    <message>
        <source>Normal password (LOGIN)</source>
        <translation>普通密码（LOGIN）</translation>
    </message>
    <message>
        <source>Encrypted password (CRAM-MD5)</source>
        <translation>加密的密码（CRAM-MD5）</translation>
    </message>
    <message>
        <source>Optional: a company CA certificate (PEM)</source>
        <translation>可选：公司的 CA 证书（PEM）</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Browse for a CA certificate</source>
        <translation>选择 CA 证书</translation>
    </message>
    <message>
        <source>Outgoing server (SMTP)</source>
        <translation>发信服务器（SMTP）</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>安全(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Sign-in &amp;method:</source>
        <translation>登录方式(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Trusted CA:</source>
        <translation>受信任的 CA(&amp;T)：</translation>
    </message>
    <message>
        <source>Your password is asked when you send and is never stored.</source>
        <translation>发送时才会询问密码，密码从不保存。</translation>
    </message>
    <message>
        <source>Enter the outgoing server&apos;s name.</source>
        <translation>请输入发信服务器的名称。</translation>
    </message>
    <message>
        <source>A server name has no spaces.</source>
        <translation>服务器名称中不能有空格。</translation>
    </message>
    <message>
        <source>Enter your email address.</source>
        <translation>请输入你的邮箱地址。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address: %2</source>
        <translation>“%1”不是有效的邮箱地址：%2</translation>
    </message>
    <message>
        <source>Without encryption, confirm that you accept the risk, or choose STARTTLS or TLS.</source>
        <translation>不加密时，请确认你接受风险，或者选择 STARTTLS 或 TLS。</translation>
    </message>
    <message>
        <source>Choose a CA Certificate</source>
        <translation>选择 CA 证书</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>SettingsFinder</name>
    <message>
        <source>Looking for %1 in Qourier&apos;s list of providers…</source>
        <translation>正在 Qourier 的邮件服务商列表中查找 %1…</translation>
    </message>
    <message>
        <source>Asking %1 for its settings…</source>
        <translation>正在向 %1 询问设置…</translation>
    </message>
    <message>
        <source>Asking DNS for %1…</source>
        <translation>正在向 DNS 查询 %1…</translation>
    </message>
    <message>
        <source>Asking DNS who handles mail for %1…</source>
        <translation>正在向 DNS 查询谁处理 %1 的邮件…</translation>
    </message>
    <message>
        <source>Trying %1 on ports 465, 587 and 25…</source>
        <translation>正在尝试 %1 的端口 465、587 和 25…</translation>
    </message>
</context>
<context>
    <name>StartupRequest</name>
    <message>
        <source>Qourier: write and send email.</source>
        <translation>Qourier：撰写并发送电子邮件。</translation>
    </message>
    <message>
        <source>Recipient (repeatable; commas allowed).</source>
        <translation>收件人（可重复；可用逗号分隔）。</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Copy recipient (repeatable).</source>
        <translation>抄送收件人（可重复）。</translation>
    </message>
    <message>
        <source>Blind copy recipient (repeatable).</source>
        <translation>密送收件人（可重复）。</translation>
    </message>
    <message>
        <source>The subject.</source>
        <translation>主题。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>The message text.</source>
        <translation>邮件正文。</translation>
    </message>
    <message>
        <source>A file to attach (repeatable).</source>
        <translation>要添加的附件（可重复）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>A mailto: link to open (RFC 6068).</source>
        <translation>要打开的 mailto: 链接（RFC 6068）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mailto: link. Use --attach to attach a file.</source>
        <translation>“%1”不是 mailto: 链接。要添加附件，请使用 --attach。</translation>
    </message>
    <message>
        <source>The link also asked for fields that were ignored for your safety: %1</source>
        <translation>该链接还要求填写一些字段，为了你的安全已忽略：%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not attached: there is no readable file there.</source>
        <translation>“%1”没有添加为附件：那里没有可读取的文件。</translation>
    </message>
</context>
<context>
    <name>TranscriptAnnotator</name>
    <message>
        <source>The secret part is hidden on purpose, so the transcript can be shared safely.</source>
        <translation>机密部分被有意隐藏，这样对话记录可以放心分享。</translation>
    </message>
    <message>
        <source>A sign-in answer (user name, password or token). Qourier hides it on purpose, so the transcript can be shared safely.</source>
        <translation>一条登录应答（用户名、密码或令牌）。Qourier 有意将其隐藏，这样对话记录可以放心分享。</translation>
    </message>
    <message>
        <source>Qourier introduces itself and asks which extensions the server supports (RFC 5321 §4.1.1.1).</source>
        <translation>Qourier 介绍自己，并询问服务器支持哪些扩展（RFC 5321 §4.1.1.1）。</translation>
    </message>
    <message>
        <source>The old greeting without extensions, used only when the server refuses EHLO (RFC 5321 §4.1.1.1).</source>
        <translation>不带扩展的旧式问候，只在服务器拒绝 EHLO 时使用（RFC 5321 §4.1.1.1）。</translation>
    </message>
    <message>
        <source>Asks the server to switch this connection to encryption (RFC 3207).</source>
        <translation>请求服务器将此连接切换为加密（RFC 3207）。</translation>
    </message>
    <message>
        <source>Signs in with PLAIN: user name and password together in one base64 line (RFC 4616).</source>
        <translation>使用 PLAIN 登录：用户名和密码一起放在一行 base64 中（RFC 4616）。</translation>
    </message>
    <message>
        <source>Signs in with LOGIN: the server asks for the user name, then the password, each in base64.</source>
        <translation>使用 LOGIN 登录：服务器先要用户名，再要密码，均以 base64 编码。</translation>
    </message>
    <message>
        <source>Signs in with CRAM-MD5: only a keyed hash of the server&apos;s challenge travels, never the password itself (RFC 2195).</source>
        <translation>使用 CRAM-MD5 登录：传输的只是对服务器质询的带密钥哈希，密码本身从不传输（RFC 2195）。</translation>
    </message>
    <message>
        <source>Signs in with an OAuth 2.0 access token instead of a password.</source>
        <translation>使用 OAuth 2.0 访问令牌而不是密码登录。</translation>
    </message>
    <message>
        <source>Signs in with the %1 method (RFC 4954).</source>
        <translation>使用 %1 方式登录（RFC 4954）。</translation>
    </message>
    <message>
        <source>Gives up the sign-in exchange (RFC 4954 §4).</source>
        <translation>放弃本次登录交互（RFC 4954 §4）。</translation>
    </message>
    <message>
        <source>Starts a new message and names its sender (RFC 5321 §4.1.1.2).</source>
        <translation>开始一封新邮件并给出发件人（RFC 5321 §4.1.1.2）。</translation>
    </message>
    <message>
        <source>Starts a new message with no return address, so it can never cause a bounce (RFC 5321 §4.5.5).</source>
        <translation>开始一封没有退信地址的新邮件，因此它永远不会引起退信（RFC 5321 §4.5.5）。</translation>
    </message>
    <message>
        <source>Starts a new message; undeliverable mail is reported to %1 (the envelope sender, RFC 5321 §4.1.1.2).</source>
        <translation>开始一封新邮件；无法投递时会通知 %1（信封发件人，RFC 5321 §4.1.1.2）。</translation>
    </message>
    <message>
        <source>the size is announced in advance (SIZE, RFC 1870)</source>
        <translation>预先声明了邮件大小（SIZE，RFC 1870）</translation>
    </message>
    <message>
        <source>the text uses 8-bit characters (RFC 6152)</source>
        <translation>正文使用 8 位字符（RFC 6152）</translation>
    </message>
    <message>
        <source>the message contains binary data (RFC 3030)</source>
        <translation>邮件包含二进制数据（RFC 3030）</translation>
    </message>
    <message>
        <source>addresses may contain non-ASCII characters (RFC 6531)</source>
        <translation>地址可以包含非 ASCII 字符（RFC 6531）</translation>
    </message>
    <message>
        <source>Also: %1.</source>
        <translation>另外：%1。</translation>
    </message>
    <message>
        <source>Names one recipient, %1. To, Cc and Bcc all travel this way, one RCPT TO each; the headers the recipients see are separate (RFC 5321 §4.1.1.3).</source>
        <translation>指定一个收件人：%1。收件人、抄送和密送都通过这种方式传递，每人一条 RCPT TO；收件人看到的邮件头是另外一回事（RFC 5321 §4.1.1.3）。</translation>
    </message>
    <message>
        <source>Asks to send the message itself; the server answers 354 when it is ready (RFC 5321 §4.1.1.4).</source>
        <translation>请求发送邮件正文；服务器准备好后回复 354（RFC 5321 §4.1.1.4）。</translation>
    </message>
    <message>
        <source>A line with only a dot ends the message (RFC 5321 §4.1.1.4); dots at the start of message lines were doubled so they cannot end it early.</source>
        <translation>只有一个点的一行表示邮件结束（RFC 5321 §4.1.1.4）；邮件中行首的点已被双写，所以不会提前结束邮件。</translation>
    </message>
    <message>
        <source>Sends the last chunk of the message, %1 bytes; no end-of-data dot is needed (CHUNKING, RFC 3030).</source>
        <translation>发送邮件的最后一块，%1 字节；不需要表示结束的点（CHUNKING，RFC 3030）。</translation>
    </message>
    <message>
        <source>Sends one chunk of the message, %1 bytes, counted instead of ended by a dot (CHUNKING, RFC 3030).</source>
        <translation>发送邮件的一块，%1 字节，按长度计数而不是以点结束（CHUNKING，RFC 3030）。</translation>
    </message>
    <message>
        <source>Cancels the current message but keeps the connection open (RFC 5321 §4.1.1.5).</source>
        <translation>取消当前邮件，但保持连接（RFC 5321 §4.1.1.5）。</translation>
    </message>
    <message>
        <source>Does nothing; checks that the server is still there (RFC 5321 §4.1.1.9).</source>
        <translation>什么也不做；只是确认服务器还在（RFC 5321 §4.1.1.9）。</translation>
    </message>
    <message>
        <source>Says goodbye; the server answers 221 and closes the connection (RFC 5321 §4.1.1.10).</source>
        <translation>道别；服务器回复 221 并关闭连接（RFC 5321 §4.1.1.10）。</translation>
    </message>
    <message>
        <source>Not a valid SMTP reply: a reply line starts with a three-digit code.</source>
        <translation>不是有效的 SMTP 回复：回复行应以三位数字代码开头。</translation>
    </message>
    <message>
        <source>The server answers EHLO with its name; each following line names one extension it supports.</source>
        <translation>服务器以自己的名称回复 EHLO；后面每一行列出它支持的一项扩展。</translation>
    </message>
    <message>
        <source>More lines follow (&quot;%1-&quot;); the last line of the reply starts with &quot;%1 &quot;.</source>
        <translation>后面还有更多行（“%1-”）；回复的最后一行以“%1 ”开头。</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <source>The server accepts several commands at once (RFC 2920).</source>
        <translation>服务器可以一次接收多条命令（RFC 2920）。</translation>
    </message>
    <message>
        <source>The server accepts messages up to %1 MB (RFC 1870).</source>
        <translation>服务器接受最大 %1 MB 的邮件（RFC 1870）。</translation>
    </message>
    <message>
        <source>The server can be told a message&apos;s size in advance but sets no fixed limit (RFC 1870).</source>
        <translation>可以预先告诉服务器邮件大小，但它没有设定固定上限（RFC 1870）。</translation>
    </message>
    <message>
        <source>The server supports signing in (RFC 4954).</source>
        <translation>服务器支持登录（RFC 4954）。</translation>
    </message>
    <message>
        <source>The server can sign you in with: %1 (RFC 4954).</source>
        <translation>服务器支持的登录方式：%1（RFC 4954）。</translation>
    </message>
    <message>
        <source>The server can switch this connection to encryption (STARTTLS, RFC 3207).</source>
        <translation>服务器可以将此连接切换为加密（STARTTLS，RFC 3207）。</translation>
    </message>
    <message>
        <source>The server accepts message text with 8-bit characters (RFC 6152).</source>
        <translation>服务器接受含 8 位字符的邮件正文（RFC 6152）。</translation>
    </message>
    <message>
        <source>The server accepts non-ASCII addresses and headers, Chinese for example (RFC 6531).</source>
        <translation>服务器接受非 ASCII 的地址和邮件头，例如中文（RFC 6531）。</translation>
    </message>
    <message>
        <source>The server accepts the message in counted chunks with BDAT instead of DATA (RFC 3030).</source>
        <translation>服务器接受用 BDAT 代替 DATA、按长度分块传输邮件（RFC 3030）。</translation>
    </message>
    <message>
        <source>The server accepts binary message data, sent with BDAT (RFC 3030).</source>
        <translation>服务器接受用 BDAT 发送的二进制邮件数据（RFC 3030）。</translation>
    </message>
    <message>
        <source>The server adds detailed status codes such as 5.7.8 to its replies (RFC 2034).</source>
        <translation>服务器会在回复中附上 5.7.8 这样的详细状态码（RFC 2034）。</translation>
    </message>
    <message>
        <source>The server can send delivery status notifications on request (RFC 3461).</source>
        <translation>服务器可以按要求发送投递状态通知（RFC 3461）。</translation>
    </message>
    <message>
        <source>The server can be asked to deliver within a time limit (RFC 2852).</source>
        <translation>可以要求服务器在限定时间内投递（RFC 2852）。</translation>
    </message>
    <message>
        <source>The server can be asked to send out mail it queued for a domain (RFC 1985).</source>
        <translation>可以要求服务器发出它为某个域名排队的邮件（RFC 1985）。</translation>
    </message>
    <message>
        <source>The server can check whether a mailbox exists (VRFY, RFC 5321 §3.5).</source>
        <translation>服务器可以检查某个邮箱是否存在（VRFY，RFC 5321 §3.5）。</translation>
    </message>
    <message>
        <source>The server can list the members of a mailing list (EXPN, RFC 5321 §3.5).</source>
        <translation>服务器可以列出邮件列表的成员（EXPN，RFC 5321 §3.5）。</translation>
    </message>
    <message>
        <source>The server answers the HELP command.</source>
        <translation>服务器会响应 HELP 命令。</translation>
    </message>
    <message>
        <source>The server can promise to pass the message on only over TLS (RFC 8689).</source>
        <translation>服务器可以承诺只通过 TLS 转发邮件（RFC 8689）。</translation>
    </message>
    <message>
        <source>The server accepts message priorities (RFC 6710).</source>
        <translation>服务器接受邮件优先级（RFC 6710）。</translation>
    </message>
    <message>
        <source>The server announces its limits, such as recipients per message (RFC 9422).</source>
        <translation>服务器公布它的限制，例如每封邮件的收件人数（RFC 9422）。</translation>
    </message>
    <message>
        <source>An extension of this server&apos;s own (%1), not part of any standard.</source>
        <translation>这台服务器自己的扩展（%1），不属于任何标准。</translation>
    </message>
    <message>
        <source>System status or help reply.</source>
        <translation>系统状态或帮助回复。</translation>
    </message>
    <message>
        <source>Help text for people.</source>
        <translation>给人看的帮助文字。</translation>
    </message>
    <message>
        <source>The server agrees: the TLS handshake starts now, and everything after it is encrypted (RFC 3207).</source>
        <translation>服务器同意：现在开始 TLS 握手，之后的所有内容都会加密（RFC 3207）。</translation>
    </message>
    <message>
        <source>The server&apos;s greeting: it is ready and tells its name (RFC 5321 §4.3.1).</source>
        <translation>服务器的问候：它已就绪，并报上自己的名称（RFC 5321 §4.3.1）。</translation>
    </message>
    <message>
        <source>The server says goodbye and closes the connection.</source>
        <translation>服务器道别并关闭连接。</translation>
    </message>
    <message>
        <source>Signed in successfully (RFC 4954).</source>
        <translation>登录成功（RFC 4954）。</translation>
    </message>
    <message>
        <source>OK: the requested action was done.</source>
        <translation>好的：请求的操作已完成。</translation>
    </message>
    <message>
        <source>OK: the recipient is not local, and the server will forward the message.</source>
        <translation>好的：收件人不在本服务器，服务器会转发这封邮件。</translation>
    </message>
    <message>
        <source>The server cannot check the recipient now but will try to deliver.</source>
        <translation>服务器现在无法核实收件人，但会尝试投递。</translation>
    </message>
    <message>
        <source>The server waits for the sign-in data (an empty challenge, RFC 4954).</source>
        <translation>服务器在等待登录数据（空质询，RFC 4954）。</translation>
    </message>
    <message>
        <source>The server asks for the next sign-in step with a base64 challenge (RFC 4954).</source>
        <translation>服务器用一个 base64 质询要求进行下一步登录（RFC 4954）。</translation>
    </message>
    <message>
        <source>The server asks for the next sign-in step; its base64 challenge decodes to &quot;%1&quot; (RFC 4954).</source>
        <translation>服务器要求进行下一步登录；它的 base64 质询解码后是“%1”（RFC 4954）。</translation>
    </message>
    <message>
        <source>Go ahead: send the message, ending with a line that holds only a dot (RFC 5321 §4.1.1.4).</source>
        <translation>请继续：发送邮件，最后以只有一个点的一行结束（RFC 5321 §4.1.1.4）。</translation>
    </message>
    <message>
        <source>The server is closing the connection: it is busy, shutting down or limiting connections; try later.</source>
        <translation>服务器正在关闭连接：它很忙、正在关机或在限制连接数；请稍后再试。</translation>
    </message>
    <message>
        <source>A password transition is needed (RFC 4954).</source>
        <translation>需要进行密码过渡（RFC 4954）。</translation>
    </message>
    <message>
        <source>Temporarily refused: the mailbox is busy or unavailable (greylisting, for example); try later.</source>
        <translation>暂时拒绝：邮箱忙或不可用（例如灰名单）；请稍后再试。</translation>
    </message>
    <message>
        <source>Temporarily refused: an error at the server stopped the action; try later.</source>
        <translation>暂时拒绝：服务器端出错，操作已中止；请稍后再试。</translation>
    </message>
    <message>
        <source>Temporarily refused: the server is out of storage, or this message has too many recipients.</source>
        <translation>暂时拒绝：服务器存储空间不足，或者这封邮件的收件人太多。</translation>
    </message>
    <message>
        <source>Temporarily refused: encryption or sign-in is not available right now.</source>
        <translation>暂时拒绝：加密或登录目前不可用。</translation>
    </message>
    <message>
        <source>The server cannot accept these parameters right now.</source>
        <translation>服务器目前无法接受这些参数。</translation>
    </message>
    <message>
        <source>Syntax error: the server did not recognise the command (or the line was too long).</source>
        <translation>语法错误：服务器无法识别该命令（或者这一行太长）。</translation>
    </message>
    <message>
        <source>Syntax error in the command&apos;s parameters.</source>
        <translation>命令参数有语法错误。</translation>
    </message>
    <message>
        <source>This server does not implement that command.</source>
        <translation>这台服务器没有实现该命令。</translation>
    </message>
    <message>
        <source>Bad sequence of commands, for example sending before signing in.</source>
        <translation>命令顺序错误，例如在登录之前就发送。</translation>
    </message>
    <message>
        <source>The server does not implement that parameter, for example that sign-in method.</source>
        <translation>服务器没有实现该参数，例如那种登录方式。</translation>
    </message>
    <message>
        <source>This domain does not accept mail at all (RFC 7504).</source>
        <translation>这个域名完全不接收邮件（RFC 7504）。</translation>
    </message>
    <message>
        <source>The message is larger than the server&apos;s fixed limit.</source>
        <translation>邮件超过了服务器的固定上限。</translation>
    </message>
    <message>
        <source>Sign-in required: the server wants you to authenticate first, or to use encryption (RFC 4954).</source>
        <translation>需要登录：服务器要求你先进行身份验证，或者先使用加密（RFC 4954）。</translation>
    </message>
    <message>
        <source>The sign-in method is too weak for this server; it wants a stronger one, such as an app password (RFC 4954).</source>
        <translation>对这台服务器来说，该登录方式安全性太低；它要求更强的方式，例如应用专用密码（RFC 4954）。</translation>
    </message>
    <message>
        <source>Sign-in failed: the server rejected the user name or password (RFC 4954).</source>
        <translation>登录失败：服务器拒绝了用户名或密码（RFC 4954）。</translation>
    </message>
    <message>
        <source>This sign-in method needs encryption first (RFC 4954).</source>
        <translation>这种登录方式需要先加密（RFC 4954）。</translation>
    </message>
    <message>
        <source>Refused: the mailbox does not exist or policy forbids it (relaying denied, spam).</source>
        <translation>拒绝：邮箱不存在，或者策略不允许（禁止转发、垃圾邮件）。</translation>
    </message>
    <message>
        <source>Refused: the recipient is not local to this server.</source>
        <translation>拒绝：收件人不在这台服务器上。</translation>
    </message>
    <message>
        <source>Refused: the message is too large or the mailbox is full.</source>
        <translation>拒绝：邮件太大或邮箱已满。</translation>
    </message>
    <message>
        <source>Refused: the address is not allowed (bad syntax, or you may not send as it).</source>
        <translation>拒绝：地址不被允许（语法错误，或者你不能以该地址发信）。</translation>
    </message>
    <message>
        <source>The transaction failed; at the greeting it means no service here, after the message often a spam filter.</source>
        <translation>事务失败；出现在问候时表示这里不提供服务，出现在邮件之后通常是垃圾邮件过滤。</translation>
    </message>
    <message>
        <source>The server does not recognise the parameters of MAIL FROM or RCPT TO.</source>
        <translation>服务器无法识别 MAIL FROM 或 RCPT TO 的参数。</translation>
    </message>
    <message>
        <source>Success (2xx).</source>
        <translation>成功（2xx）。</translation>
    </message>
    <message>
        <source>Go on: the server waits for more (3xx).</source>
        <translation>请继续：服务器在等待更多内容（3xx）。</translation>
    </message>
    <message>
        <source>Temporary failure (4xx): the same command may work later.</source>
        <translation>暂时失败（4xx）：同样的命令稍后可能会成功。</translation>
    </message>
    <message>
        <source>Permanent failure (5xx): repeating the same command will not help.</source>
        <translation>永久失败（5xx）：重复同样的命令也没有用。</translation>
    </message>
    <message>
        <source>all is well</source>
        <translation>一切正常</translation>
    </message>
    <message>
        <source>no further detail</source>
        <translation>没有更多细节</translation>
    </message>
    <message>
        <source>the sender address is accepted</source>
        <translation>发件人地址已接受</translation>
    </message>
    <message>
        <source>a problem with an address</source>
        <translation>地址有问题</translation>
    </message>
    <message>
        <source>the mailbox does not exist</source>
        <translation>邮箱不存在</translation>
    </message>
    <message>
        <source>the recipient&apos;s domain does not exist or takes no mail</source>
        <translation>收件人的域名不存在或不接收邮件</translation>
    </message>
    <message>
        <source>the recipient address has invalid syntax</source>
        <translation>收件人地址语法无效</translation>
    </message>
    <message>
        <source>the recipient address is accepted</source>
        <translation>收件人地址已接受</translation>
    </message>
    <message>
        <source>the mailbox has moved</source>
        <translation>邮箱已迁移</translation>
    </message>
    <message>
        <source>the sender address has invalid syntax</source>
        <translation>发件人地址语法无效</translation>
    </message>
    <message>
        <source>the sender&apos;s domain is not valid</source>
        <translation>发件人的域名无效</translation>
    </message>
    <message>
        <source>the recipient&apos;s domain accepts no mail (null MX)</source>
        <translation>收件人的域名不接收邮件（空 MX）</translation>
    </message>
    <message>
        <source>a problem with the mailbox</source>
        <translation>邮箱有问题</translation>
    </message>
    <message>
        <source>the mailbox is disabled</source>
        <translation>邮箱已停用</translation>
    </message>
    <message>
        <source>the mailbox is full</source>
        <translation>邮箱已满</translation>
    </message>
    <message>
        <source>the message is longer than the mailbox accepts</source>
        <translation>邮件超过了该邮箱允许的长度</translation>
    </message>
    <message>
        <source>a problem with the mail system</source>
        <translation>邮件系统有问题</translation>
    </message>
    <message>
        <source>the mail system is full</source>
        <translation>邮件系统已满</translation>
    </message>
    <message>
        <source>the system is not accepting messages now</source>
        <translation>系统目前不接收邮件</translation>
    </message>
    <message>
        <source>the message is too big for the system</source>
        <translation>邮件对系统来说太大</translation>
    </message>
    <message>
        <source>the next server did not answer</source>
        <translation>下一台服务器没有响应</translation>
    </message>
    <message>
        <source>the connection broke</source>
        <translation>连接中断</translation>
    </message>
    <message>
        <source>a directory (DNS) lookup failed</source>
        <translation>目录（DNS）查询失败</translation>
    </message>
    <message>
        <source>the mail system is congested</source>
        <translation>邮件系统拥塞</translation>
    </message>
    <message>
        <source>the message waited too long and expired</source>
        <translation>邮件等待太久，已过期</translation>
    </message>
    <message>
        <source>a protocol problem</source>
        <translation>协议问题</translation>
    </message>
    <message>
        <source>invalid command</source>
        <translation>无效命令</translation>
    </message>
    <message>
        <source>syntax error</source>
        <translation>语法错误</translation>
    </message>
    <message>
        <source>too many recipients</source>
        <translation>收件人太多</translation>
    </message>
    <message>
        <source>invalid command arguments</source>
        <translation>命令参数无效</translation>
    </message>
    <message>
        <source>the sign-in line was too long</source>
        <translation>登录数据行太长</translation>
    </message>
    <message>
        <source>a problem with the message content</source>
        <translation>邮件内容有问题</translation>
    </message>
    <message>
        <source>non-ASCII addresses are not accepted (RFC 6531)</source>
        <translation>不接受非 ASCII 地址（RFC 6531）</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>已登录</translation>
    </message>
    <message>
        <source>a security or policy problem, often: sign in first</source>
        <translation>安全或策略问题，通常是：请先登录</translation>
    </message>
    <message>
        <source>not allowed: delivery refused by policy</source>
        <translation>不允许：策略拒绝投递</translation>
    </message>
    <message>
        <source>the user name or password is wrong</source>
        <translation>用户名或密码错误</translation>
    </message>
    <message>
        <source>the sign-in method is too weak</source>
        <translation>登录方式安全性太低</translation>
    </message>
    <message>
        <source>encryption is needed</source>
        <translation>需要加密</translation>
    </message>
    <message>
        <source>this sign-in method needs encryption</source>
        <translation>这种登录方式需要加密</translation>
    </message>
    <message>
        <source>a password change is needed</source>
        <translation>需要更改密码</translation>
    </message>
    <message>
        <source>the account is disabled</source>
        <translation>账户已停用</translation>
    </message>
    <message>
        <source>the sender&apos;s SPF check failed</source>
        <translation>发件人的 SPF 检查未通过</translation>
    </message>
    <message>
        <source>the reverse DNS check failed</source>
        <translation>反向 DNS 检查未通过</translation>
    </message>
    <message>
        <source>several authentication checks failed (SPF, DKIM, DMARC)</source>
        <translation>多项身份验证检查未通过（SPF、DKIM、DMARC）</translation>
    </message>
    <message>
        <source>Qourier opens a TCP connection. Port 465 starts with TLS at once; 587 and 25 start in clear text and switch to encryption with STARTTLS.</source>
        <translation>Qourier 建立 TCP 连接。端口 465 一开始就使用 TLS；587 和 25 先以明文开始，再通过 STARTTLS 切换为加密。</translation>
    </message>
    <message>
        <source>From here on, everything is encrypted.</source>
        <translation>从这里开始，所有内容都已加密。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified, so Qourier cannot be sure who is on the other end.</source>
        <translation>无法验证服务器的证书，所以 Qourier 无法确定对方是谁。</translation>
    </message>
    <message>
        <source>The certificate is exactly the one you chose to trust.</source>
        <translation>这正是你选择信任的那张证书。</translation>
    </message>
    <message>
        <source>The message itself is not shown here, only its size.</source>
        <translation>这里不显示邮件本身，只显示它的大小。</translation>
    </message>
</context>
</TS>
