"""The synthetic labelled clause corpus: slot-filled templates written from the rule catalog."""
