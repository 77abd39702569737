Quarterly run rate
The latest quarter times four, against the ${focus} plan. A run rate above the plan means spending
can slow and still meet it; a run rate below means the remaining quarters must step up.
