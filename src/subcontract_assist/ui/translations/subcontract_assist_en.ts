<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="ko">
<context>
    <name>BoolEditor</name>
    <message>
        <location filename="../editors.py" line="149"/>
        <source>예</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../editors.py" line="150"/>
        <source>아니오</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>ChoiceEditor</name>
    <message>
        <location filename="../editors.py" line="103"/>
        <source>(선택하세요)</source>
        <translation>(choose)</translation>
    </message>
</context>
<context>
    <name>ExportSummaryDialog</name>
    <message>
        <location filename="../dialogs.py" line="148"/>
        <source>계약서 내보내기</source>
        <translation>Export the contract</translation>
    </message>
    <message numerus="yes">
        <location filename="../dialogs.py" line="153"/>
        <source>해결하지 않은 검토 의견이 %n건 있습니다</source>
        <translation>
            <numerusform>There is %n open finding</numerusform>
            <numerusform>There are %n open findings</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="154"/>
        <source> (위반 %1건). 그대로 내보낼까요?</source>
        <translation> (%1 violations). Export anyway?</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="156"/>
        <source>검토 의견이 없습니다. 계약서를 내보냅니다.</source>
        <translation>No findings. The contract will be exported.</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="171"/>
        <source>내보내기</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../file_actions.py" line="97"/>
        <source>초안을 열 수 없습니다</source>
        <extracomment>Writes a rendered contract to a file (app.py injects the .docx adapter).</extracomment>
        <translation>Cannot open the draft</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="112"/>
        <location filename="../file_actions.py" line="136"/>
        <source>하도급계약서</source>
        <translation>Subcontract</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="120"/>
        <source>저장하지 못했습니다</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="125"/>
        <source>저장했습니다: </source>
        <translation>Saved: </translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="145"/>
        <source>내보내지 못했습니다</source>
        <translation>Could not export</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="147"/>
        <source>내보냈습니다: </source>
        <translation>Exported: </translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../dialogs.py" line="35"/>
        <source>초안 열기</source>
        <translation>Open a draft</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="37"/>
        <location filename="../dialogs.py" line="59"/>
        <source>하도급계약 초안 (*.json)</source>
        <translation>Subcontract drafts (*.json)</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="46"/>
        <source>검토할 계약서 열기</source>
        <translation>Open a contract to review</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="48"/>
        <source>계약서 (*.docx *.hwpx *.hwp *.pdf *.txt)</source>
        <translation>Contracts (*.docx *.hwpx *.hwp *.pdf *.txt)</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="57"/>
        <source>다른 이름으로 저장</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="71"/>
        <source>계약서 내보내기</source>
        <translation>Export the contract</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="73"/>
        <source>Word 문서 (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="84"/>
        <source>모델 파일 선택</source>
        <translation>Choose a model file</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="86"/>
        <source>GGUF 모델 (*.gguf)</source>
        <translation>GGUF models (*.gguf)</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../findings_model.py" line="88"/>
        <source>규칙</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="88"/>
        <source>모델</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="95"/>
        <source>심각도</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="95"/>
        <source>조항</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="95"/>
        <source>설명</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="95"/>
        <source>출처</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../findings_view.py" line="71"/>
        <source>공정 문구 적용(&amp;A)</source>
        <translation>&amp;Apply fair wording</translation>
    </message>
    <message>
        <location filename="../findings_view.py" line="72"/>
        <source>해당 항목으로 이동(&amp;J)</source>
        <translation>&amp;Jump to the field</translation>
    </message>
    <message numerus="yes">
        <location filename="../findings_view.py" line="84"/>
        <source>검토 의견 %n건</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../findings_view.py" line="98"/>
        <source>검토 의견이 없습니다.</source>
        <translation>No findings.</translation>
    </message>
    <message>
        <location filename="../findings_view.py" line="107"/>
        <source>공정 문구: </source>
        <translation>Fair wording: </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="171"/>
        <source>새 계약서(&amp;N)</source>
        <translation>&amp;New contract</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="172"/>
        <source>열기(&amp;O)…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="173"/>
        <source>저장(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="174"/>
        <source>다른 이름으로 저장(&amp;A)…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="175"/>
        <source>Word로 내보내기(&amp;E)…</source>
        <translation>&amp;Export to Word…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="176"/>
        <source>받은 계약서 검토(&amp;R)…</source>
        <translation>&amp;Review a received contract…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="177"/>
        <source>설정(&amp;T)…</source>
        <translation>Se&amp;ttings…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="178"/>
        <source>끝내기(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="179"/>
        <source>다음 단계</source>
        <translation>Next section</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="180"/>
        <source>이전 단계</source>
        <translation>Previous section</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="181"/>
        <source>검토 의견으로 이동</source>
        <translation>Go to the findings</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="182"/>
        <source>모델 검토 취소</source>
        <translation>Cancel the model review</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="186"/>
        <source>파일(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="187"/>
        <source>보기(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="197"/>
        <location filename="../main_window.py" line="281"/>
        <source>모델: </source>
        <translation>Model: </translation>
    </message>
    <message>
        <location filename="../main_window.py" line="197"/>
        <source>모델 없음 (규칙만 검토)</source>
        <translation>No model (rules only)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="202"/>
        <source>새 초안</source>
        <translation>New draft</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="204"/>
        <source>공정 하도급계약서 작성 도우미</source>
        <translation>Subcontract Assist</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="265"/>
        <source>모델이 특약을 검토하는 중…</source>
        <translation>The model is reviewing the special terms…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="278"/>
        <source>모델 검토 실패 (규칙 검토는 계속됩니다): </source>
        <translation>Model review failed (the rules keep checking): </translation>
    </message>
</context>
<context>
    <name>ReceivedReviewPage</name>
    <message>
        <location filename="../received_review.py" line="121"/>
        <source>위치</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../received_review.py" line="121"/>
        <source>조항</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../received_review.py" line="121"/>
        <source>검토 의견</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location filename="../received_review.py" line="122"/>
        <source>의견을 단 사본 저장(&amp;C)…</source>
        <translation>Save a &amp;commented copy…</translation>
    </message>
    <message>
        <location filename="../received_review.py" line="123"/>
        <source>검토 취소</source>
        <translation>Cancel the review</translation>
    </message>
    <message>
        <location filename="../received_review.py" line="124"/>
        <source>처음 화면으로</source>
        <translation>Back to the start</translation>
    </message>
    <message>
        <location filename="../received_review.py" line="133"/>
        <source>계약서를 읽고 조항마다 검토하는 중…</source>
        <translation>Reading the contract and reviewing each clause…</translation>
    </message>
    <message>
        <location filename="../received_review.py" line="174"/>
        <source>계약서를 검토할 수 없습니다</source>
        <translation>Cannot review the contract</translation>
    </message>
    <message>
        <location filename="../received_review.py" line="181"/>
        <source>검토를 취소했습니다.</source>
        <translation>Review cancelled.</translation>
    </message>
    <message>
        <location filename="../received_review.py" line="198"/>
        <source>조항 %1개를 검토했습니다: 검토 의견 %2건, 빠진 사항 %3건.</source>
        <translation>Reviewed %1 clauses: %2 findings, %3 missing items.</translation>
    </message>
    <message>
        <location filename="../received_review.py" line="218"/>
        <source>빠짐</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../received_review.py" line="237"/>
        <source>사본을 저장하지 못했습니다</source>
        <translation>Could not save the copy</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <location filename="../rows_editor.py" line="91"/>
        <source>+ 행 추가</source>
        <translation>+ Add row</translation>
    </message>
    <message>
        <location filename="../rows_editor.py" line="92"/>
        <source>− 선택한 행 삭제</source>
        <translation>− Remove selected rows</translation>
    </message>
    <message>
        <location filename="../rows_editor.py" line="167"/>
        <source>합계 %1원</source>
        <translation>Total KRW %1</translation>
    </message>
</context>
<context>
    <name>SectionList</name>
    <message>
        <location filename="../section_list.py" line="37"/>
        <source>작성 단계</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../section_list.py" line="66"/>
        <source>시작 전</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../section_list.py" line="67"/>
        <source>작성 중</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../section_list.py" line="68"/>
        <source>완료</source>
        <translation>Complete</translation>
    </message>
    <message>
        <location filename="../section_list.py" line="69"/>
        <source>검토 의견 있음</source>
        <translation>Has findings</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <location filename="../interview_page.py" line="98"/>
        <source>다음 단계 ▶</source>
        <translation>Next section ▶</translation>
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
        <location filename="../start_page.py" line="108"/>
        <source>공정 하도급계약서 작성 도우미</source>
        <translation>Subcontract Assist</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="111"/>
        <source>질문에 답하면 하도급법에 맞는 계약서가 만들어집니다. 문제가 되는 조건은 조항을 들어 바로 알려 드립니다. 모든 작업은 이 컴퓨터 안에서만 이루어집니다.</source>
        <translation>Answer the questions and get a contract that follows the Subcontract Act. Problems are pointed out at once, citing the article. Everything stays on this computer.</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="115"/>
        <source>새 계약서</source>
        <translation>New contract</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="117"/>
        <source>제조위탁</source>
        <translation>Manufacturing</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="118"/>
        <source>수리위탁</source>
        <translation>Repair</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="119"/>
        <source>건설위탁</source>
        <translation>Construction</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="120"/>
        <source>용역위탁 (지식·정보성과물)</source>
        <translation>Service (information deliverables)</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="121"/>
        <source>용역위탁 (역무)</source>
        <translation>Service (labour)</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="125"/>
        <source>귀사는:</source>
        <translation>You are the:</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="126"/>
        <source>원사업자 (위탁하는 쪽)</source>
        <translation>Principal (placing the order)</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="127"/>
        <source>수급사업자 (위탁받는 쪽)</source>
        <translation>Subcontractor (doing the work)</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="128"/>
        <source>새 계약서 작성(&amp;N)</source>
        <translation>&amp;New contract</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="129"/>
        <source>초안 열기(&amp;O)…</source>
        <translation>&amp;Open a draft…</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="130"/>
        <source>받은 계약서 검토(&amp;R)…</source>
        <translation>&amp;Review a received contract…</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="131"/>
        <source>최근 초안</source>
        <translation>Recent drafts</translation>
    </message>
</context>
<context>
    <name>box</name>
    <message>
        <location filename="../dialogs.py" line="104"/>
        <source>저장하지 않은 변경</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="105"/>
        <source>이 초안에 저장하지 않은 변경이 있습니다. 저장할까요?</source>
        <translation>This draft has unsaved changes. Save them?</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="127"/>
        <source>작업 복구</source>
        <translation>Recover work</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="128"/>
        <source>새 초안</source>
        <translation>New draft</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="131"/>
        <source>프로그램이 비정상적으로 종료되었습니다. 자동 저장된 작업을 복구할까요?</source>
        <translation>The app did not close normally. Recover the autosaved work?</translation>
    </message>
</context>
</TS>
