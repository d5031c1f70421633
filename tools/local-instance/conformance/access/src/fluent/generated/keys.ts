import '@servicenow/sdk/global'

declare global {
    namespace Now {
        namespace Internal {
            interface Keys extends KeysRegistry {
                explicit: {
                    bom_json: {
                        table: 'sys_module'
                        id: 'bd6ea1cf62614ea28d623be6badfc6a4'
                    }
                    'cost-center-conformance': {
                        table: 'cmn_cost_center'
                        id: '1d786bc3f47844538ab6024eb5d39732'
                    }
                    'cs-title': {
                        table: 'sys_script_client'
                        id: '95594c0033104ef58c04f9db9c849590'
                    }
                    'note-create': {
                        table: 'sys_security_acl'
                        id: 'f1ee20944265444fb79a42edb6fd0b3c'
                    }
                    'note-delete': {
                        table: 'sys_security_acl'
                        id: 'd33f660b47134deab01a09915279aa31'
                    }
                    'note-read': {
                        table: 'sys_security_acl'
                        id: '938abbcc67ed42ca8361f430d158714b'
                    }
                    'note-title-read': {
                        table: 'sys_security_acl'
                        id: 'c758188c58ab4157a961baaff6fe9b54'
                    }
                    'note-write': {
                        table: 'sys_security_acl'
                        id: '992f80b150644238b2af59b631ed4457'
                    }
                    package_json: {
                        table: 'sys_module'
                        id: '6bc38a29729f4700b283c3820169ff36'
                    }
                    'ua-archive': {
                        table: 'sys_ui_action'
                        id: '109e6282e90d43ffab2bbee75fb0e142'
                    }
                    'widget-notes': {
                        table: 'sp_widget'
                        id: 'be9c3ddadb5b408db74c739a0886cb74'
                    }
                }
                composite: [
                    {
                        table: 'sys_dictionary'
                        id: '112ccdd13445476cb33bb72ab8a8787d'
                        key: {
                            name: 'x_conf_acc_note'
                            element: 'title'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '158c668c432a4e478d8bd558c09d8890'
                        key: {
                            sys_security_acl: 'f1ee20944265444fb79a42edb6fd0b3c'
                            sys_user_role: {
                                id: 'e99d0474e55640449f0fde3a5397c3ba'
                                key: {
                                    name: 'x_conf_acc.writer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_user_role_contains'
                        id: '232d7867c5824e90996a245ac81efac2'
                        key: {
                            role: {
                                id: 'e99d0474e55640449f0fde3a5397c3ba'
                                key: {
                                    name: 'x_conf_acc.writer'
                                }
                            }
                            contains: {
                                id: '67ef8ef90c0b4e3bbb43f9ee669aabf4'
                                key: {
                                    name: 'itil'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '2764f5692f814807aa3db858994d0250'
                        key: {
                            sys_security_acl: '938abbcc67ed42ca8361f430d158714b'
                            sys_user_role: {
                                id: 'e99d0474e55640449f0fde3a5397c3ba'
                                key: {
                                    name: 'x_conf_acc.writer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '312e50fa541541b7a97073f01f3071ef'
                        key: {
                            sys_security_acl: '992f80b150644238b2af59b631ed4457'
                            sys_user_role: {
                                id: 'e99d0474e55640449f0fde3a5397c3ba'
                                key: {
                                    name: 'x_conf_acc.writer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '31df04f346c6435f807375b85a2c7213'
                        key: {
                            name: 'x_conf_acc_tagged'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '4a81c55d2e8a467480d4c284efe79fe1'
                        key: {
                            name: 'x_conf_acc_note'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '6b05aff99b2a4fdf999d26022fec4706'
                        key: {
                            name: 'x_conf_acc_note'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '6fd693a3c74e4fe28d3e5641029514b7'
                        key: {
                            name: 'x_conf_acc_note'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '7a72f568d7114a728878d7802be8bd73'
                        key: {
                            sys_security_acl: '938abbcc67ed42ca8361f430d158714b'
                            sys_user_role: {
                                id: '1b249cf07b6347beb8b0eca8db2b9d26'
                                key: {
                                    name: 'itil'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '809ef12e701f49ce9eb381e28951efa3'
                        key: {
                            name: 'x_conf_acc_note'
                            element: 'title'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '82b83c8c11fd4043ae749d962e4f8380'
                        key: {
                            name: 'x_conf_acc_tagged'
                            element: 'tag'
                            language: 'en'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '8865be097adb4d0587a2a9e1248e54f1'
                        key: {
                            name: 'x_conf_acc_tagged'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8962419ab7034871970f1cf9d12fa078'
                        key: {
                            name: 'x_conf_acc_tagged'
                            element: 'tag'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8e624299c92e4613bab03cd63133038a'
                        key: {
                            name: 'x_conf_acc_tagged'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_page'
                        id: 'dee164aeecd84a8c81f19a2698795da6'
                        key: {
                            endpoint: 'x_conf_acc_notes.do'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'e75d2c1365bd4ee1bd61c5b5797cef9e'
                        key: {
                            name: 'x_conf_acc_tagged'
                        }
                    },
                    {
                        table: 'sys_user_role'
                        id: 'e99d0474e55640449f0fde3a5397c3ba'
                        key: {
                            name: 'x_conf_acc.writer'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ecf711a46a27429699e3a055bbed385b'
                        key: {
                            name: 'x_conf_acc_note'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                ]
            }
        }
    }
}
