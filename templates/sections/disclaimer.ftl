Disclaimer
This briefing is published by ${firm} for information only. It is not investment advice, an offer
or a solicitation to buy or sell any security. Figures come from company statements and public
reports listed under Methodology & sources; they may be incomplete, restated or reported on
different bases, and have not been audited by ${firm}. Past capital expenditure and management
guidance are no guarantee of future spending or returns. Reproduction without permission is not
allowed.
