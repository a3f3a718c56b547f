"""From findings to a negotiation: the redline plan, the 수정 요청서 and the 조정 신청서."""
