<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="ko">
<context>
    <name>AdjustmentDialog</name>
    <message>
        <location filename="../adjustment_dialog.py" line="81"/>
        <source>하도급대금 조정 신청서</source>
        <translation>Price adjustment application</translation>
    </message>
    <message>
        <location filename="../adjustment_dialog.py" line="89"/>
        <location filename="../adjustment_dialog.py" line="192"/>
        <source>품목</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../adjustment_dialog.py" line="90"/>
        <source>구분</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../adjustment_dialog.py" line="91"/>
        <source>기준시점 가격</source>
        <translation>Base price</translation>
    </message>
    <message>
        <location filename="../adjustment_dialog.py" line="92"/>
        <source>현재 가격</source>
        <translation>Current price</translation>
    </message>
    <message>
        <location filename="../adjustment_dialog.py" line="93"/>
        <source>비중 %</source>
        <translation>Share %</translation>
    </message>
    <message>
        <location filename="../adjustment_dialog.py" line="94"/>
        <source>반영비율 %</source>
        <translation>Pass-through %</translation>
    </message>
    <message>
        <location filename="../adjustment_dialog.py" line="95"/>
        <source>조정요건 %</source>
        <translation>Threshold %</translation>
    </message>
    <message>
        <location filename="../adjustment_dialog.py" line="98"/>
        <source>품목 추가</source>
        <translation>Add item</translation>
    </message>
    <message>
        <location filename="../adjustment_dialog.py" line="99"/>
        <source>계산(&amp;K)</source>
        <translation>&amp;Calculate</translation>
    </message>
    <message>
        <location filename="../adjustment_dialog.py" line="100"/>
        <source>신청서 저장(&amp;S)…</source>
        <translation>&amp;Save application…</translation>
    </message>
    <message>
        <location filename="../adjustment_dialog.py" line="101"/>
        <source>닫기</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../adjustment_dialog.py" line="116"/>
        <source>목적물</source>
        <translation>Goods</translation>
    </message>
    <message>
        <location filename="../adjustment_dialog.py" line="117"/>
        <source>기존단가(원)</source>
        <translation>Current unit price (KRW)</translation>
    </message>
    <message>
        <location filename="../adjustment_dialog.py" line="118"/>
        <source>조정 대상 잔여 수량</source>
        <translation>Remaining quantity to adjust</translation>
    </message>
    <message>
        <location filename="../adjustment_dialog.py" line="121"/>
        <source>조정요건을 비워 두면 법이 정한 상한(10%)으로 판단합니다. 계약서에 연동표가 있으면 그 조정요건·반영비율을 적어 주세요.</source>
        <translation>Leave the threshold empty to use the statutory ceiling (10%). If the contract has an indexation table, enter its threshold and pass-through rate.</translation>
    </message>
    <message>
        <location filename="../adjustment_dialog.py" line="145"/>
        <source>원재료</source>
        <translation>Material</translation>
    </message>
    <message>
        <location filename="../adjustment_dialog.py" line="146"/>
        <source>에너지</source>
        <translation>Energy</translation>
    </message>
    <message>
        <location filename="../adjustment_dialog.py" line="208"/>
        <source>숫자를 확인해 주세요: %1</source>
        <translation>Please check the number: %1</translation>
    </message>
    <message>
        <location filename="../adjustment_dialog.py" line="216"/>
        <source>조정요건 이상 올랐습니다. 신청서를 저장할 수 있습니다.</source>
        <translation>The increase reaches the threshold. You can save the application.</translation>
    </message>
    <message>
        <location filename="../adjustment_dialog.py" line="220"/>
        <source>조정요건 이상 오른 품목이 없어 신청서를 만들지 않습니다. 조정 신청 자체에는 정해진 변동률이 없으니, 다른 공급원가 변동 자료로 협의를 요청할 수 있습니다.</source>
        <translation>No item rose by the threshold, so no application is written. A request for adjustment itself needs no fixed rate: you can ask for negotiation with other evidence of cost changes.</translation>
    </message>
    <message>
        <location filename="../adjustment_dialog.py" line="238"/>
        <source>신청서를 저장하지 못했습니다</source>
        <translation>The application could not be saved</translation>
    </message>
    <message>
        <location filename="../adjustment_dialog.py" line="240"/>
        <source>저장했습니다: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>BoolEditor</name>
    <message>
        <location filename="../editors.py" line="230"/>
        <source>예</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../editors.py" line="231"/>
        <source>아니오</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../finish_page.py" line="36"/>
        <location filename="../finish_page.py" line="100"/>
        <location filename="../finish_page.py" line="110"/>
        <source>이동</source>
        <translation>Go</translation>
    </message>
    <message>
        <location filename="../finish_page.py" line="49"/>
        <source>그 밖에 %n건</source>
        <translation>%n more</translation>
    </message>
    <message>
        <location filename="../finish_page.py" line="57"/>
        <source>내보낼 준비가 되었습니다. 남은 위반·위험, 빈칸, 바꿔 쓴 값이 없습니다.</source>
        <translation>Ready to export: no violations, risks, blanks or substituted values left.</translation>
    </message>
    <message>
        <location filename="../finish_page.py" line="63"/>
        <source>확인할 단계 %n개</source>
        <translation>%n sections to check</translation>
    </message>
    <message>
        <location filename="../finish_page.py" line="64"/>
        <source>위반 %n건</source>
        <translation>%n violations</translation>
    </message>
    <message>
        <location filename="../finish_page.py" line="65"/>
        <source>위험 %n건</source>
        <translation>%n risks</translation>
    </message>
    <message>
        <location filename="../finish_page.py" line="66"/>
        <source>입력하지 않은 필수 사항 %n건</source>
        <translation>%n required items not entered</translation>
    </message>
    <message>
        <location filename="../finish_page.py" line="67"/>
        <source>법정 기준으로 바꿔 쓴 값 %n곳</source>
        <translation>%n values written as the statute&apos;s</translation>
    </message>
    <message>
        <location filename="../finish_page.py" line="68"/>
        <source>빈칸(○) %n곳</source>
        <translation>%n blanks (○)</translation>
    </message>
    <message>
        <location filename="../finish_page.py" line="73"/>
        <source>내보내기 전에 확인하세요: </source>
        <translation>Check before exporting: </translation>
    </message>
    <message>
        <location filename="../finish_page.py" line="86"/>
        <source> 외 %n개</source>
        <translation> and %n more</translation>
    </message>
    <message>
        <location filename="../finish_page.py" line="91"/>
        <source>답하지 않은 질문</source>
        <translation>unanswered</translation>
    </message>
    <message>
        <location filename="../finish_page.py" line="94"/>
        <source>아직 보지 않았습니다 (기본값·빈칸 그대로)</source>
        <translation>not looked at yet (presets and blanks as they are)</translation>
    </message>
    <message>
        <location filename="../finish_page.py" line="117"/>
        <source>미입력</source>
        <translation>Not entered</translation>
    </message>
    <message>
        <location filename="../finish_page.py" line="119"/>
        <source>확인하지 않은 단계</source>
        <translation>Sections to check</translation>
    </message>
    <message>
        <location filename="../finish_page.py" line="121"/>
        <source>남은 위반</source>
        <translation>Violations left</translation>
    </message>
    <message>
        <location filename="../finish_page.py" line="126"/>
        <source>남은 위험</source>
        <translation>Risks left</translation>
    </message>
    <message>
        <location filename="../finish_page.py" line="131"/>
        <source>입력하지 않은 필수 기재사항</source>
        <translation>Required items not entered</translation>
    </message>
    <message>
        <location filename="../finish_page.py" line="136"/>
        <source>답 대신 법정 기준으로 작성되는 값</source>
        <translation>Written as the statute&apos;s value instead of the answer</translation>
    </message>
    <message>
        <location filename="../finish_page.py" line="141"/>
        <source>빈칸(○)으로 인쇄되는 곳 — 손으로 채우거나 답을 입력하세요</source>
        <translation>Printed as blanks (○) — fill in by hand or answer them</translation>
    </message>
    <message>
        <location filename="../finish_page.py" line="152"/>
        <source>확인하지 않은 참고 사항 %n건 (검토 의견 목록에서 확인함으로 표시)</source>
        <translation>%n notes not read yet (mark them as read in the findings list)</translation>
    </message>
    <message>
        <location filename="../finish_page.py" line="158"/>
        <source>남은 일이 없습니다.</source>
        <translation>Nothing left to do.</translation>
    </message>
</context>
<context>
    <name>ChoiceEditor</name>
    <message>
        <location filename="../editors.py" line="184"/>
        <source>(선택하세요)</source>
        <translation>(choose)</translation>
    </message>
</context>
<context>
    <name>ExportSummaryDialog</name>
    <message>
        <source>계약서 내보내기</source>
        <translation type="vanished">Export the contract</translation>
    </message>
    <message numerus="yes">
        <source>해결하지 않은 검토 의견이 %n건 있습니다</source>
        <translation type="vanished">
            <numerusform>There is %n open finding</numerusform>
            <numerusform>There are %n open findings</numerusform>
        </translation>
    </message>
    <message>
        <source> (위반 %1건). 그대로 내보낼까요?</source>
        <translation type="vanished"> (%1 violations). Export anyway?</translation>
    </message>
    <message>
        <source>검토 의견이 없습니다. 계약서를 내보냅니다.</source>
        <translation type="vanished">No findings. The contract will be exported.</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="161"/>
        <source>계약서 내보내기 — 확인</source>
        <translation>Export the contract — check</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="176"/>
        <source>내보내기</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="176"/>
        <source>이대로 내보내기</source>
        <translation>Export as it is</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="179"/>
        <source>돌아가서 고치기</source>
        <translation>Go back and fix</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../file_actions.py" line="132"/>
        <source>초안을 열 수 없습니다</source>
        <extracomment>Writes a rendered contract to a file (app.py injects the .docx and .hwpx adapters). Converts a written .docx to PDF (app.py injects LibreOffice when it is installed).</extracomment>
        <translation>Cannot open the draft</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="147"/>
        <location filename="../file_actions.py" line="189"/>
        <source>하도급계약서</source>
        <translation>Subcontract</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="155"/>
        <source>저장하지 못했습니다</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="160"/>
        <source>저장했습니다: </source>
        <translation>Saved: </translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="169"/>
        <source>PDF로 내보낼 수 없습니다</source>
        <translation>Cannot export a PDF</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="171"/>
        <source>LibreOffice가 설치되어 있지 않습니다. LibreOffice를 설치하거나, Word 문서로 내보낸 뒤 Word나 한글에서 &apos;PDF로 저장&apos;을 고르세요.</source>
        <translation>LibreOffice is not installed. Install LibreOffice, or export a Word document and choose &apos;Save as PDF&apos; in Word or Hancom.</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="184"/>
        <location filename="../file_actions.py" line="200"/>
        <source>내보내지 못했습니다</source>
        <translation>Could not export</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="202"/>
        <source>내보냈습니다: </source>
        <translation>Exported: </translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../dialogs.py" line="39"/>
        <source>초안 열기</source>
        <translation>Open a draft</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="41"/>
        <location filename="../dialogs.py" line="63"/>
        <source>하도급계약 초안 (*.json)</source>
        <translation>Subcontract drafts (*.json)</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="50"/>
        <source>검토할 계약서 열기</source>
        <translation>Open a contract to review</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="52"/>
        <source>계약서 (*.docx *.hwpx *.hwp *.pdf *.txt)</source>
        <translation>Contracts (*.docx *.hwpx *.hwp *.pdf *.txt)</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="61"/>
        <source>다른 이름으로 저장</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="75"/>
        <source>한글 문서 (*.hwpx)</source>
        <translation>Hancom documents (*.hwpx)</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="76"/>
        <source>PDF 문서 (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="80"/>
        <source>계약서 내보내기</source>
        <translation>Export the contract</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="74"/>
        <source>Word 문서 (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="93"/>
        <source>모델 파일 선택</source>
        <translation>Choose a model file</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="95"/>
        <source>GGUF 모델 (*.gguf)</source>
        <translation>GGUF models (*.gguf)</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../findings_model.py" line="143"/>
        <source>미입력</source>
        <translation>Not entered</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="145"/>
        <source>확인함</source>
        <translation>Read</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="152"/>
        <source>아직 입력하지 않음 — </source>
        <translation>Not entered yet — </translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="154"/>
        <source>규칙</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="154"/>
        <source>모델</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="161"/>
        <source>심각도</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="161"/>
        <source>조항</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="161"/>
        <source>설명</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="161"/>
        <source>출처</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../findings_view.py" line="102"/>
        <source>공정 문구 적용(&amp;A)</source>
        <translation>&amp;Apply fair wording</translation>
    </message>
    <message>
        <location filename="../findings_view.py" line="103"/>
        <source>해당 항목으로 이동(&amp;J)</source>
        <translation>&amp;Jump to the field</translation>
    </message>
    <message>
        <location filename="../findings_view.py" line="104"/>
        <source>참고 확인함</source>
        <translation>Mark note as read</translation>
    </message>
    <message>
        <location filename="../findings_view.py" line="105"/>
        <source>읽은 참고 사항은 단계 표시와 내보내기 목록에서 뺍니다</source>
        <translation>A note marked as read no longer marks its section or counts before export</translation>
    </message>
    <message>
        <location filename="../findings_view.py" line="125"/>
        <source>펼치기 ▴</source>
        <translation>Show ▴</translation>
    </message>
    <message>
        <location filename="../findings_view.py" line="125"/>
        <source>접기 ▾</source>
        <translation>Hide ▾</translation>
    </message>
    <message numerus="yes">
        <location filename="../findings_view.py" line="155"/>
        <source>검토 의견 %n건</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../findings_view.py" line="157"/>
        <source> · 아직 입력하지 않은 항목 %n건</source>
        <translation>
            <numerusform> · %n item not entered yet</numerusform>
            <numerusform> · %n items not entered yet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../findings_view.py" line="175"/>
        <source>검토 의견이 없습니다.</source>
        <translation>No findings.</translation>
    </message>
    <message>
        <location filename="../findings_view.py" line="180"/>
        <source>아직 입력하지 않음</source>
        <translation>Not entered yet</translation>
    </message>
    <message>
        <location filename="../findings_view.py" line="185"/>
        <source>공정 문구: </source>
        <translation>Fair wording: </translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../finish_page.py" line="212"/>
        <source>검토 및 내보내기</source>
        <translation>Check and export</translation>
    </message>
    <message>
        <location filename="../finish_page.py" line="213"/>
        <source>Word 문서(.docx)로 내보내기</source>
        <translation>Export as Word (.docx)</translation>
    </message>
    <message>
        <location filename="../finish_page.py" line="214"/>
        <source>한글 문서(.hwpx)로 내보내기</source>
        <translation>Export as Hancom (.hwpx)</translation>
    </message>
    <message>
        <location filename="../finish_page.py" line="215"/>
        <source>PDF로 내보내기</source>
        <translation>Export as PDF</translation>
    </message>
    <message>
        <location filename="../finish_page.py" line="216"/>
        <source>초안 저장</source>
        <translation>Save the draft</translation>
    </message>
    <message>
        <location filename="../finish_page.py" line="230"/>
        <source>PDF: LibreOffice가 설치되어 있지 않아 바로 만들 수 없습니다. LibreOffice를 설치하거나, 내보낸 .docx 파일을 Word나 한글에서 열어 &apos;PDF로 저장&apos;을 고르세요.</source>
        <translation>PDF: LibreOffice is not installed, so no PDF can be made here. Install LibreOffice, or open the exported .docx in Word or Hancom and choose &apos;Save as PDF&apos;.</translation>
    </message>
</context>
<context>
    <name>LineEditor</name>
    <message>
        <location filename="../editors.py" line="81"/>
        <source>달력에서 고르기</source>
        <translation>Pick from a calendar</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="288"/>
        <source>새 계약서(&amp;N)</source>
        <extracomment>The size the window opens at when no size was saved and the screen has room for it.</extracomment>
        <translation>&amp;New contract</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="289"/>
        <source>열기(&amp;O)…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="290"/>
        <source>저장(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="291"/>
        <source>다른 이름으로 저장(&amp;A)…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="292"/>
        <source>Word로 내보내기(&amp;E)…</source>
        <translation>&amp;Export to Word…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="293"/>
        <source>검토 및 내보내기…</source>
        <translation>Check and export…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="294"/>
        <source>적용 되돌리기(&amp;U)</source>
        <translation>&amp;Undo the applied fix</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="295"/>
        <source>검토 의견 창 접기/펼치기</source>
        <translation>Show/hide the findings</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="296"/>
        <source>사용 안내(&amp;G)</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="297"/>
        <source>프로그램 정보(&amp;A)</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="298"/>
        <source>받은 계약서 검토(&amp;R)…</source>
        <translation>&amp;Review a received contract…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="299"/>
        <source>설정(&amp;T)…</source>
        <translation>Se&amp;ttings…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="300"/>
        <source>끝내기(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="301"/>
        <source>다음 단계</source>
        <translation>Next section</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="302"/>
        <source>이전 단계</source>
        <translation>Previous section</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="303"/>
        <source>검토 의견으로 이동</source>
        <translation>Go to the findings</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="304"/>
        <source>모델 검토 취소</source>
        <translation>Cancel the model review</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="308"/>
        <source>파일(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="309"/>
        <source>편집(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="310"/>
        <source>보기(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="311"/>
        <source>도움말(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="312"/>
        <source>도구 모음</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="314"/>
        <source>저장</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="316"/>
        <source>검토 및 내보내기</source>
        <translation>Check and export</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="320"/>
        <source>받은 계약서 검토</source>
        <translation>Review a received contract</translation>
    </message>
    <message>
        <source>💾 저장</source>
        <translation type="vanished">💾 Save</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="314"/>
        <source>초안을 저장합니다 (Ctrl+S)</source>
        <translation>Save the draft (Ctrl+S)</translation>
    </message>
    <message>
        <source>📄 검토 및 내보내기</source>
        <translation type="vanished">📄 Check and export</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="317"/>
        <source>남은 일을 확인하고 Word·PDF로 내보냅니다 (Ctrl+Shift+E)</source>
        <translation>See what is left, then export to Word or PDF (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>🔍 받은 계약서 검토</source>
        <translation type="vanished">🔍 Review a received contract</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="321"/>
        <source>상대방에게서 받은 계약서를 검토합니다 (Ctrl+R)</source>
        <translation>Review a contract the other party sent (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="337"/>
        <location filename="../main_window.py" line="492"/>
        <source>모델: </source>
        <translation>Model: </translation>
    </message>
    <message>
        <location filename="../main_window.py" line="337"/>
        <source>모델 없음 (규칙만 검토)</source>
        <translation>No model (rules only)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="342"/>
        <source>새 초안</source>
        <translation>New draft</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="344"/>
        <location filename="../main_window.py" line="392"/>
        <source>공정 하도급계약서 작성 도우미</source>
        <translation>Subcontract Assist</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="364"/>
        <source>먼저 계약서를 작성하거나 초안을 여세요.</source>
        <translation>Start a contract or open a draft first.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="374"/>
        <source>사용 안내</source>
        <translation>Guide</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="376"/>
        <source>1. 시작 화면에서 거래 유형과 귀사의 위치를 고르고 &apos;새 계약서 작성&apos;을 누릅니다.
2. 왼쪽 단계를 차례로 답합니다 (Ctrl+PgDown: 다음 단계). 오른쪽 미리보기가 바로 계약서를 보여 줍니다.
3. 문제가 있으면 항목 아래와 검토 의견 목록에 표시됩니다. &apos;공정 문구 적용&apos;으로 고치고, Ctrl+Z로 되돌릴 수 있습니다.
4. 마지막 단계 &apos;검토 및 내보내기&apos;에서 남은 일을 확인하고 Word·PDF로 내보냅니다.
5. 받은 계약서는 도구 모음의 &apos;받은 계약서 검토&apos;로 점검합니다.

이 프로그램은 법률 자문이 아닙니다. 중요한 계약은 전문가와 상의하세요.</source>
        <translation>1. On the start screen pick the kind of deal and your side, then &apos;New contract&apos;.
2. Answer the sections on the left in turn (Ctrl+PgDown: next). The preview on the right shows the contract at once.
3. Problems are shown under the field and in the findings list. &apos;Apply fair wording&apos; fixes them; Ctrl+Z takes a fix back.
4. The last step, &apos;Check and export&apos;, lists what is left and exports to Word or PDF.
5. Check a contract you received with &apos;Review a received contract&apos; in the toolbar.

This program is not legal advice. Consult a professional for important contracts.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="391"/>
        <source>프로그램 정보</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="393"/>
        <source>하도급법에 맞는 계약서 작성과 받은 계약서 검토를 돕습니다. 모든 작업은 이 컴퓨터 안에서만 이루어집니다.</source>
        <translation>Helps draft subcontracts that follow the Subcontracting Act and review contracts you receive. Everything stays on this computer.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="476"/>
        <source>모델이 특약을 검토하는 중…</source>
        <translation>The model is reviewing the special terms…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="489"/>
        <source>모델 검토 실패 (규칙 검토는 계속됩니다): </source>
        <translation>Model review failed (the rules keep checking): </translation>
    </message>
</context>
<context>
    <name>ReceivedReviewPage</name>
    <message>
        <location filename="../received_review.py" line="205"/>
        <source>위치</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../received_review.py" line="205"/>
        <source>조항</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../received_review.py" line="205"/>
        <source>검토 의견</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location filename="../received_review.py" line="206"/>
        <source>의견을 단 사본 저장(&amp;C)…</source>
        <translation>Save a &amp;commented copy…</translation>
    </message>
    <message>
        <location filename="../received_review.py" line="207"/>
        <source>수정 제안 사본(변경 추적)(&amp;R)…</source>
        <translation>&amp;Redline copy (tracked changes)…</translation>
    </message>
    <message>
        <location filename="../received_review.py" line="208"/>
        <source>수정 요청서(&amp;L)…</source>
        <translation>Change-request &amp;letter…</translation>
    </message>
    <message>
        <location filename="../received_review.py" line="209"/>
        <source>조정 신청서(&amp;A)…</source>
        <translation>&amp;Adjustment application…</translation>
    </message>
    <message>
        <location filename="../received_review.py" line="210"/>
        <source>검토 취소</source>
        <translation>Cancel the review</translation>
    </message>
    <message>
        <location filename="../received_review.py" line="211"/>
        <source>처음 화면으로</source>
        <translation>Back to the start</translation>
    </message>
    <message>
        <location filename="../received_review.py" line="212"/>
        <source>권고 문구 복사</source>
        <translation>Copy fair wording</translation>
    </message>
    <message>
        <location filename="../received_review.py" line="214"/>
        <source>검토 의견을 고르면 이유와 권고 문구가 여기에 나옵니다.</source>
        <translation>Pick a finding to see why, and the fair wording, here.</translation>
    </message>
    <message>
        <location filename="../received_review.py" line="219"/>
        <source>모든 검토 의견</source>
        <translation>All findings</translation>
    </message>
    <message>
        <location filename="../received_review.py" line="232"/>
        <source>계약서를 읽고 조항마다 검토하는 중…</source>
        <translation>Reading the contract and reviewing each clause…</translation>
    </message>
    <message>
        <location filename="../received_review.py" line="299"/>
        <source>계약서를 검토하는 중… 지금까지 검토 의견 %1건</source>
        <translation>Reviewing the contract… %1 findings so far</translation>
    </message>
    <message>
        <location filename="../received_review.py" line="325"/>
        <source>계약서를 검토할 수 없습니다</source>
        <translation>Cannot review the contract</translation>
    </message>
    <message>
        <location filename="../received_review.py" line="333"/>
        <source>검토를 취소했습니다.</source>
        <translation>Review cancelled.</translation>
    </message>
    <message>
        <location filename="../received_review.py" line="350"/>
        <source>조항 %1개를 검토했습니다: 검토 의견 %2건, 빠진 사항 %3건.</source>
        <translation>Reviewed %1 clauses: %2 findings, %3 missing items.</translation>
    </message>
    <message>
        <location filename="../received_review.py" line="357"/>
        <source>검토를 취소했습니다. 조항 %1개 중 %2개까지의 검토 의견 %3건을 남겼습니다.</source>
        <translation>Review cancelled. Kept %3 findings from %2 of %1 paragraphs.</translation>
    </message>
    <message>
        <location filename="../received_review.py" line="401"/>
        <source>빠짐</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../received_review.py" line="403"/>
        <source>빠진 조항</source>
        <translation>Missing clause</translation>
    </message>
    <message>
        <location filename="../received_review.py" line="421"/>
        <location filename="../received_review.py" line="437"/>
        <source>사본을 저장하지 못했습니다</source>
        <translation>Could not save the copy</translation>
    </message>
    <message>
        <location filename="../received_review.py" line="462"/>
        <source>요청서를 저장하지 못했습니다</source>
        <translation>The letter could not be saved</translation>
    </message>
    <message>
        <location filename="../received_review.py" line="536"/>
        <source>권고 문구를 복사했습니다.</source>
        <translation>Fair wording copied.</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <location filename="../rows_editor.py" line="111"/>
        <source>+ 행 추가</source>
        <translation>+ Add row</translation>
    </message>
    <message>
        <location filename="../rows_editor.py" line="112"/>
        <source>− 선택한 행 삭제</source>
        <translation>− Remove selected rows</translation>
    </message>
    <message>
        <location filename="../rows_editor.py" line="114"/>
        <source>합계를 공급가액으로</source>
        <translation>Use the total as the price</translation>
    </message>
    <message>
        <location filename="../rows_editor.py" line="115"/>
        <source>이 합계를 하도급대금(공급가액)으로 씁니다</source>
        <translation>Use this total as the subcontract price (before VAT)</translation>
    </message>
    <message>
        <location filename="../rows_editor.py" line="215"/>
        <source>확인 필요</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../rows_editor.py" line="233"/>
        <source>합계: 잘못된 칸을 고치면 계산합니다</source>
        <translation>Total: fix the marked cell to compute it</translation>
    </message>
    <message>
        <location filename="../rows_editor.py" line="235"/>
        <source>합계 %1원</source>
        <translation>Total KRW %1</translation>
    </message>
</context>
<context>
    <name>SectionList</name>
    <message>
        <location filename="../section_list.py" line="51"/>
        <source>작성 단계</source>
        <extracomment>A section with findings is marked by the worst of them: 위반 red, 위험 amber, 참고 neutral.</extracomment>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../section_list.py" line="89"/>
        <source>검토 의견 있음: </source>
        <translation>Findings: </translation>
    </message>
    <message>
        <location filename="../section_list.py" line="103"/>
        <source>남은 일을 확인하고 계약서를 내보냅니다</source>
        <translation>See what is left and export the contract</translation>
    </message>
    <message>
        <location filename="../section_list.py" line="116"/>
        <source>시작 전</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../section_list.py" line="117"/>
        <source>작성 중</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../section_list.py" line="118"/>
        <source>완료</source>
        <translation>Complete</translation>
    </message>
    <message>
        <location filename="../section_list.py" line="119"/>
        <source>기본값 — 확인 필요</source>
        <translation>Preset answers — please check</translation>
    </message>
    <message>
        <location filename="../section_list.py" line="120"/>
        <source>검토 의견 있음</source>
        <translation>Has findings</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <location filename="../interview_page.py" line="183"/>
        <source>다음 단계 ▶</source>
        <extracomment>Text colour and background of a finding shown under its field, by severity.</extracomment>
        <translation>Next section ▶</translation>
    </message>
    <message>
        <location filename="../interview_page.py" line="226"/>
        <source>공정 문구 적용</source>
        <translation>Apply fair wording</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../settings_dialog.py" line="34"/>
        <source>설정</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="37"/>
        <source>기본 모델 (Gemma 3 270M, 내장)</source>
        <translation>Default model (Gemma 3 270M, bundled)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="38"/>
        <source>모델 파일(.gguf)</source>
        <translation>A model file (.gguf)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="39"/>
        <source>카탈로그의 모델</source>
        <translation>A model from the catalog</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="46"/>
        <source>찾아보기…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="64"/>
        <location filename="../settings_dialog.py" line="65"/>
        <source>자동</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="68"/>
        <source>시스템 설정 따르기</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="75"/>
        <source> 초</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="74"/>
        <source>끄기</source>
        <translation>Off</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="82"/>
        <source>모델</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="87"/>
        <source>GPU 레이어</source>
        <translation>GPU layers</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="88"/>
        <source>CPU 스레드</source>
        <translation>CPU threads</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="89"/>
        <source>언어</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="90"/>
        <source>자동 저장 간격</source>
        <translation>Autosave every</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../start_page.py" line="117"/>
        <source>공정 하도급계약서 작성 도우미</source>
        <translation>Subcontract Assist</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="120"/>
        <source>질문에 답하면 하도급법에 맞는 계약서가 만들어집니다. 문제가 되는 조건은 조항을 들어 바로 알려 드립니다. 모든 작업은 이 컴퓨터 안에서만 이루어집니다.</source>
        <translation>Answer the questions and get a contract that follows the Subcontract Act. Problems are pointed out at once, citing the article. Everything stays on this computer.</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="124"/>
        <source>새 계약서</source>
        <translation>New contract</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="126"/>
        <source>제조위탁</source>
        <translation>Manufacturing</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="127"/>
        <source>수리위탁</source>
        <translation>Repair</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="128"/>
        <source>건설위탁</source>
        <translation>Construction</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="129"/>
        <source>용역위탁 (지식·정보성과물)</source>
        <translation>Service (information deliverables)</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="130"/>
        <source>용역위탁 (역무)</source>
        <translation>Service (labour)</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="134"/>
        <source>귀사는:</source>
        <translation>You are the:</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="135"/>
        <source>원사업자 (위탁하는 쪽)</source>
        <translation>Principal (placing the order)</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="136"/>
        <source>수급사업자 (위탁받는 쪽)</source>
        <translation>Subcontractor (doing the work)</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="137"/>
        <source>새 계약서 작성(&amp;N)</source>
        <translation>&amp;New contract</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="138"/>
        <source>초안 열기(&amp;O)…</source>
        <translation>&amp;Open a draft…</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="139"/>
        <source>받은 계약서 검토(&amp;R)…</source>
        <translation>&amp;Review a received contract…</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="140"/>
        <source>최근 초안</source>
        <translation>Recent drafts</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="141"/>
        <source>선택한 초안 열기</source>
        <translation>Open the selected draft</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="150"/>
        <source>최근에 연 초안이 없습니다. 위에서 새 계약서를 시작하거나 초안을 여세요.</source>
        <translation>No recent drafts. Start a new contract above or open a draft.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../workspace.py" line="165"/>
        <source>%1단계 중 %2단계 완료</source>
        <translation>%2 of %1 sections complete</translation>
    </message>
    <message>
        <location filename="../workspace.py" line="209"/>
        <source>공정 문구를 적용했습니다 — 되돌리기: Ctrl+Z</source>
        <translation>Fair wording applied — undo: Ctrl+Z</translation>
    </message>
    <message>
        <location filename="../workspace.py" line="220"/>
        <source>적용을 되돌렸습니다</source>
        <translation>The fix was taken back</translation>
    </message>
    <message>
        <location filename="../workspace.py" line="222"/>
        <source>적용을 되돌렸습니다: </source>
        <translation>Fix taken back: </translation>
    </message>
    <message>
        <location filename="../workspace.py" line="337"/>
        <source>품목 합계 %1원을 하도급대금(공급가액)으로 적었습니다</source>
        <translation>The item total KRW %1 is now the price (before VAT)</translation>
    </message>
</context>
<context>
    <name>box</name>
    <message>
        <location filename="../dialogs.py" line="113"/>
        <source>저장하지 않은 변경</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="114"/>
        <source>이 초안에 저장하지 않은 변경이 있습니다. 저장할까요?</source>
        <translation>This draft has unsaved changes. Save them?</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="121"/>
        <source>저장</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="122"/>
        <source>저장 안 함</source>
        <translation>Don&apos;t save</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="123"/>
        <source>취소</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="139"/>
        <source>작업 복구</source>
        <translation>Recover work</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="140"/>
        <source>새 초안</source>
        <translation>New draft</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="143"/>
        <source>프로그램이 비정상적으로 종료되었습니다. 자동 저장된 작업을 복구할까요?</source>
        <translation>The app did not close normally. Recover the autosaved work?</translation>
    </message>
</context>
</TS>
