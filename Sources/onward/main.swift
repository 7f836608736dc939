import JournalCore
print("onward")
