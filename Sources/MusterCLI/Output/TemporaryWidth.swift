enum DisplayWidth { static func of(_ s: String) -> Int { s.count } } // REMOVE at terminal merge
