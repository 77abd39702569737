<#-- First line: the heading of the takeaways on page one. Lines after it: an optional intro. -->
Key takeaways
